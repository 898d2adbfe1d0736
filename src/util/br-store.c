/* br-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-store"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "br-file-util.h"
#include "br-json-reader.h"
#include "br-json-write.h"
#include "br-store.h"

/**
 * BrStore:
 *
 * The load and save logic that every file of the user's data shares
 * (progress.json, practice.json). A store reads its file once at start-up:
 *
 * - no file: the store starts empty, and the first save creates it (and the
 *   data folder);
 * - a file that parses: its content is kept by the parse function;
 * - a file that does not parse (corrupt, truncated, wrong format, invalid
 *   values, too large): it is moved aside to `NAME.corrupt-YYYYMMDD-HHMMSS`
 *   (br_file_move_aside()), the store starts empty and the error says where
 *   the old file is now;
 * - a file of a newer format version: it is refused and left untouched, and
 *   the store is read-only for this run, so nothing is written over it;
 * - a file that cannot be read (permissions) or moved aside: left untouched,
 *   read-only as well;
 * - something that is not a regular file (a named pipe, a device such as
 *   /dev/zero, a folder, or a link to one): refused at once without reading
 *   from it, left where it is, and read-only.
 *
 * Saves are immediate (the files are small) and atomic (a temporary file
 * renamed over the old one only once it is complete), so a failed save
 * leaves the previous file as it was.
 */
struct _BrStore
{
  GObject parent_instance;

  char *data_dir;
  GFile *file;
  GFile *moved_to;
  char *format_name;
  gint64 version;
  gsize max_size;
  BrStoreSerializeFunc serialize;
  gpointer serialize_data;
  GError *save_error;
  guint read_only : 1;
  guint existed : 1;
};

G_DEFINE_FINAL_TYPE (BrStore, br_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_READ_ONLY,
  PROP_SAVE_ERROR,
  N_PROPS
};

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_QUARK (br-store-error-quark, br_store_error)

static void
br_store_finalize (GObject *object)
{
  BrStore *self = (BrStore *) object;

  g_clear_object (&self->file);
  g_clear_object (&self->moved_to);
  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->format_name, g_free);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (br_store_parent_class)->finalize (object);
}

static void
br_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BrStore *self = BR_STORE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_store_class_init (BrStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_store_finalize;
  object_class->get_property = br_store_get_property;

  /**
   * BrStore:file:
   *
   * The store's file.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * BrStore:read-only:
   *
   * %TRUE when the file on disk must not be written over (a newer version
   * wrote it, or it could not be read nor moved aside): changes stay in
   * memory for this run.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BrStore:save-error:
   *
   * Why the last save failed, or %NULL when it succeeded.
   */
  properties[PROP_SAVE_ERROR] =
    g_param_spec_boxed ("save-error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrStore::save-failed:
   * @error: why
   *
   * Emitted when br_store_persist() could not write the file. The content
   * stays in memory; the next change tries again.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
br_store_init (BrStore *self)
{
}

/**
 * br_store_new:
 * @data_dir: the folder of the user's data, created on the first save
 * @file_name: the file's name in @data_dir ("progress.json")
 * @format_name: the "format" the document must name
 * @version: the newest format version this app reads and writes
 * @max_size: the largest file accepted, in bytes
 *
 * Returns: (transfer full): a store that has not read its file yet
 */
BrStore *
br_store_new (const char *data_dir,
              const char *file_name,
              const char *format_name,
              gint64      version,
              gsize       max_size)
{
  BrStore *self;
  g_autofree char *path = NULL;

  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (format_name != NULL, NULL);

  path = g_build_filename (data_dir, file_name, NULL);
  self = g_object_new (BR_TYPE_STORE, NULL);
  self->data_dir = g_strdup (data_dir);
  self->file = g_file_new_for_path (path);
  self->format_name = g_strdup (format_name);
  self->version = version;
  self->max_size = max_size;
  return self;
}

/**
 * br_store_set_serializer:
 * @serialize: builds the document to save from the owner's content
 * @user_data: for @serialize; the store keeps no reference
 *
 * Says how br_store_save_now() and br_store_persist() get the document.
 */
void
br_store_set_serializer (BrStore              *self,
                         BrStoreSerializeFunc  serialize,
                         gpointer              user_data)
{
  g_return_if_fail (BR_IS_STORE (self));

  self->serialize = serialize;
  self->serialize_data = user_data;
}

/**
 * br_store_get_file:
 *
 * Returns: (transfer none): the store's file
 */
GFile *
br_store_get_file (BrStore *self)
{
  g_return_val_if_fail (BR_IS_STORE (self), NULL);
  return self->file;
}

/**
 * br_store_get_moved_to:
 *
 * Returns: (transfer none) (nullable): where the last load moved an
 *   unreadable file, or %NULL
 */
GFile *
br_store_get_moved_to (BrStore *self)
{
  g_return_val_if_fail (BR_IS_STORE (self), NULL);
  return self->moved_to;
}

/**
 * br_store_get_read_only:
 *
 * Returns: %TRUE if the last load left a file that must not be written over
 */
gboolean
br_store_get_read_only (BrStore *self)
{
  g_return_val_if_fail (BR_IS_STORE (self), FALSE);
  return self->read_only;
}

/**
 * br_store_get_existed:
 *
 * Returns: %TRUE if the last load found a file (readable or not)
 */
gboolean
br_store_get_existed (BrStore *self)
{
  g_return_val_if_fail (BR_IS_STORE (self), FALSE);
  return self->existed;
}

/* The version a document claims, or 0 when it does not say */
static gint64
peek_version (GBytes *bytes,
              gsize   max_size)
{
  g_autoptr(BrJsonReader) reader = br_json_reader_new (bytes, max_size, NULL);
  gint64 version = 0;

  if (reader == NULL ||
      !br_json_reader_get_int (reader, br_json_reader_get_root (reader), "version",
                               BR_JSON_REQUIRED, G_MININT64, G_MAXINT64, &version, NULL))
    return 0;
  return version;
}

static gboolean
move_aside (BrStore    *self,
            const char *name,
            GError     *problem,
            GDateTime  *now,
            GError    **error)
{
  g_autoptr(GError) move_error = NULL;
  g_autoptr(GFile) moved = NULL;
  g_autofree char *moved_name = NULL;

  if (!br_file_move_aside (self->file, now, &moved, &move_error))
    {
      self->read_only = TRUE;
      g_set_error (error, BR_STORE_ERROR, BR_STORE_ERROR_UNREADABLE,
                   _("%s could not be read (%s), and it could not be moved aside either (%s). "
                     "It was left as it is, and changes made now will not be saved."),
                   name, problem->message, move_error->message);
      return FALSE;
    }

  moved_name = g_file_get_parse_name (moved);
  g_set_object (&self->moved_to, moved);
  g_set_error (error, BR_STORE_ERROR, BR_STORE_ERROR_MOVED_ASIDE,
               _("%s could not be read (%s). Nothing was deleted: the file was moved to %s, "
                 "and Bar Raiser starts again without it."),
               name, problem->message, moved_name);
  return FALSE;
}

static gboolean
load_file (BrStore          *self,
           BrStoreParseFunc  parse,
           gpointer          user_data,
           GDateTime        *now,
           GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gint64 version;

  self->read_only = FALSE;
  self->existed = FALSE;
  g_clear_object (&self->moved_to);
  name = g_file_get_parse_name (self->file);

  /* Bounded: a file over the limit is refused before it is read, and
   * nothing is read from what is not a regular file */
  bytes = br_file_read_limited (self->file, self->max_size, NULL, &local_error);
  if (bytes == NULL)
    {
      /* No file, or no folder for it (a save will say why it fails) */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
          g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
        return TRUE;

      self->existed = TRUE;
      if (g_error_matches (local_error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE))
        return move_aside (self, name, local_error, now, error);

      /* A named pipe, a device, a folder: not a broken file that can be
       * moved aside and replaced, and never written over */
      self->read_only = TRUE;
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE) ||
          g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_set_error (error, BR_STORE_ERROR, BR_STORE_ERROR_UNREADABLE,
                     _("%s could not be read: %s. It cannot be moved aside either, so it was left as it is, "
                       "and changes made now will not be saved."),
                     name, local_error->message);
      else
        /* Not a broken file but one we may not read: leave it alone */
        g_set_error (error, BR_STORE_ERROR, BR_STORE_ERROR_UNREADABLE,
                     _("%s could not be read (%s). It was left as it is, and changes made now will not be saved."),
                     name, local_error->message);
      return FALSE;
    }
  self->existed = TRUE;

  if (parse (bytes, user_data, &local_error))
    return TRUE;

  if (g_error_matches (local_error, BR_DOC_ERROR, BR_DOC_ERROR_VERSION) &&
      (version = peek_version (bytes, self->max_size)) > self->version)
    {
      self->read_only = TRUE;
      g_set_error (error, BR_STORE_ERROR, BR_STORE_ERROR_NEWER_VERSION,
                   _("%s was written by a newer version of Bar Raiser (format version %" G_GINT64_FORMAT
                     "; this version reads up to %" G_GINT64_FORMAT "). It was left as it is, "
                     "and changes made now will not be saved."),
                   name, version, self->version);
      return FALSE;
    }

  return move_aside (self, name, local_error, now, error);
}

/**
 * br_store_load:
 * @parse: reads the document; it keeps the content only on success
 * @user_data: for @parse
 * @now: (nullable): the time for the name of a file moved aside; %NULL for now
 * @error: return location for a #BR_STORE_ERROR
 *
 * Reads the store's file, as described in #BrStore. When there is no file,
 * @parse is not called.
 *
 * Returns: %TRUE if the file was read or there was none; %FALSE when the
 *   store starts empty (moved aside) or read-only, with @error set to a
 *   message for the user
 */
gboolean
br_store_load (BrStore          *self,
               BrStoreParseFunc  parse,
               gpointer          user_data,
               GDateTime        *now,
               GError          **error)
{
  gboolean was_read_only;
  gboolean ok;

  g_return_val_if_fail (BR_IS_STORE (self), FALSE);
  g_return_val_if_fail (parse != NULL, FALSE);

  was_read_only = self->read_only;
  ok = load_file (self, parse, user_data, now, error);
  if (was_read_only != self->read_only)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  return ok;
}

/**
 * br_store_save:
 * @root: the whole document
 * @error: return location for a #BR_STORE_ERROR, #G_IO_ERROR or #G_FILE_ERROR
 *
 * Writes @root to the store's file atomically, creating the data folder if
 * needed. A read-only store refuses. When the write fails the previous
 * file is left as it was.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
br_store_save (BrStore   *self,
               JsonNode  *root,
               GError   **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (BR_IS_STORE (self), FALSE);
  g_return_val_if_fail (root != NULL, FALSE);

  if (self->read_only)
    {
      g_autofree char *name = g_file_get_parse_name (self->file);

      g_set_error (error, BR_STORE_ERROR, BR_STORE_ERROR_READ_ONLY,
                   _("%s was not saved: the file on disk could not be read and is kept as it is."),
                   name);
      return FALSE;
    }

  if (g_mkdir_with_parents (self->data_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s: could not create the folder: %s"),
                   self->data_dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* Atomic: a failed write (a full disk) leaves the old file as it was;
   * tests/test-progress.c (/progress/failed-write/file-size-limit) checks it */
  bytes = br_json_node_to_bytes (root, 1);
  if (!br_file_write_atomic_full (self->file, bytes, BR_FILE_MODE_PRIVATE, NULL, error))
    return FALSE;
  return TRUE;
}

/**
 * br_store_save_now:
 * @error: return location for a #BR_STORE_ERROR, #G_IO_ERROR or #G_FILE_ERROR
 *
 * Writes the document the serializer builds (see
 * br_store_set_serializer()), like br_store_save().
 *
 * Returns: %TRUE if the file was written
 */
gboolean
br_store_save_now (BrStore  *self,
                   GError  **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (BR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->serialize != NULL, FALSE);

  root = self->serialize (self->serialize_data);
  return br_store_save (self, root, error);
}

static void
set_save_error (BrStore *self,
                GError  *error)
{
  if (error == NULL && self->save_error == NULL)
    return;
  g_clear_error (&self->save_error);
  self->save_error = error;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
  if (error != NULL)
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

/**
 * br_store_persist:
 *
 * Saves after a change. A failure keeps the content in memory, sets
 * #BrStore:save-error and emits #BrStore::save-failed; the next persist
 * tries again and clears the error when it succeeds.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
br_store_persist (BrStore *self)
{
  GError *error = NULL;

  g_return_val_if_fail (BR_IS_STORE (self), FALSE);

  if (br_store_save_now (self, &error))
    {
      set_save_error (self, NULL);
      return TRUE;
    }
  set_save_error (self, error);
  return FALSE;
}

/**
 * br_store_get_save_error:
 *
 * Returns: (transfer none) (nullable): why the last br_store_persist()
 *   failed, or %NULL
 */
const GError *
br_store_get_save_error (BrStore *self)
{
  g_return_val_if_fail (BR_IS_STORE (self), NULL);
  return self->save_error;
}

/* ---------------------------------------------------------------------- */
/* Helpers for the formats                                                 */

/**
 * br_store_begin_document:
 *
 * Begins the document's top-level object with its "format" and "version".
 * The caller adds the rest and ends the object.
 */
void
br_store_begin_document (JsonBuilder *builder,
                         const char  *format_name,
                         gint64       version)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, format_name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, version);
}

/**
 * br_store_read_date:
 * @member: a member of @object holding a date as "YYYY-MM-DD"
 *
 * Reads a date field of a store's document, failing with its location.
 */
gboolean
br_store_read_date (BrJsonReader *reader,
                    JsonObject   *object,
                    const char   *member,
                    GDate        *out,
                    GError      **error)
{
  const char *text;

  if (!br_json_reader_get_string (reader, object, member, BR_JSON_REQUIRED, &text, error))
    return FALSE;
  if (!br_store_parse_date (text, out))
    return br_json_reader_fail_member (reader, error, member, BR_DOC_ERROR_INVALID_VALUE,
                                       _("“%s” is not a date written as YYYY-MM-DD"), text);
  return TRUE;
}

/**
 * br_store_parse_date:
 * @text: "YYYY-MM-DD", exactly
 * @out: the date
 *
 * Returns: %TRUE if @text is a valid calendar date between the years 1 and 9999
 */
gboolean
br_store_parse_date (const char *text,
                     GDate      *out)
{
  guint year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/**
 * br_store_format_date:
 *
 * Returns: (transfer full): @date as "YYYY-MM-DD"
 */
char *
br_store_format_date (const GDate *date)
{
  g_return_val_if_fail (g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/**
 * br_store_is_safe_relative_path:
 *
 * Returns: %TRUE if @path is a relative path that stays inside its folder:
 *   "/"-separated names, none empty, none starting with ".", no backslash
 */
gboolean
br_store_is_safe_relative_path (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (path == NULL || *path == '\0' || strchr (path, '\\') != NULL)
    return FALSE;

  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] == '\0' || parts[i][0] == '.')
      return FALSE;
  return TRUE;
}

/**
 * br_store_truncate_text:
 *
 * Returns: (transfer full): @text, cut to the longest text the JSON reader
 *   accepts (BR_JSON_MAX_STRING characters), so that what is saved can
 *   always be read back; invalid UTF-8 is replaced
 */
char *
br_store_truncate_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);

  if (g_utf8_strlen (valid, -1) <= BR_JSON_MAX_STRING)
    return g_steal_pointer (&valid);
  return g_utf8_substring (valid, 0, BR_JSON_MAX_STRING);
}

/**
 * br_store_local_date:
 * @time: (nullable): a moment, or %NULL for now
 * @out: (out caller-allocates): its day in the local time zone
 *
 * The calendar day of @time where the user is: what counts as "today" for
 * study days, due reviews and the plan's start.
 */
void
br_store_local_date (GDateTime *time,
                     GDate     *out)
{
  g_autoptr(GDateTime) local = time ? g_date_time_to_local (time) : g_date_time_new_now_local ();

  /* Near the ends of the calendar the local time may not exist */
  if (local == NULL && time != NULL)
    local = g_date_time_ref (time);
  g_date_clear (out, 1);
  if (local == NULL)
    return;
  g_date_set_dmy (out,
                  (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
}
