/* br-board-draft.c — autosaved drafts of unsaved boards
 *
 * A draft is two files in the drafts folder (by default
 * g_get_user_data_dir()/bar-raiser/drafts/), named by the draft's id:
 *
 *   ID.brboard   the board, in the ordinary .brboard format
 *   ID.json      { "format": "bar-raiser-draft", "version": 1,
 *                  "origin": "file:///home/.../plan.brboard" or null }
 *
 * The info file says which file the board was opened from or last saved
 * to, if any. Both are written atomically (the info first), so a crash
 * leaves the old draft or the new one, never a torn file. A draft exists
 * when its .brboard exists; the info file is optional. A draft that
 * cannot be read is moved aside (ID.brboard.corrupt-YYYYMMDD-HHMMSS),
 * never deleted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "br-board-draft.h"
#include "br-ids.h"
#include "br-json-write.h"
#include "br-board-file.h"
#include "br-file-util.h"
#include "br-json-parse.h"

#define BOARD_SUFFIX ".brboard"
#define INFO_SUFFIX  ".json"
#define MAX_INFO_SIZE (64 * 1024)

/* The info file is three members */
static const BrJsonLimits info_limits = {
  .max_length = MAX_INFO_SIZE,
  .max_depth = 4,
  .max_values = 64,
  .max_memory = 1024 * 1024,
};

struct _BrBoardDraft
{
  GObject parent_instance;

  GFile *dir;
  char *id;
  GFile *file;
  GFile *info_file;
};

G_DEFINE_FINAL_TYPE (BrBoardDraft, br_board_draft, G_TYPE_OBJECT)

static void
br_board_draft_finalize (GObject *object)
{
  BrBoardDraft *self = BR_BOARD_DRAFT (object);

  g_clear_object (&self->dir);
  g_clear_object (&self->file);
  g_clear_object (&self->info_file);
  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (br_board_draft_parent_class)->finalize (object);
}

static void
br_board_draft_class_init (BrBoardDraftClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = br_board_draft_finalize;
}

static void
br_board_draft_init (BrBoardDraft *self)
{
}

/**
 * br_board_draft_get_default_dir:
 *
 * Returns: (transfer full): g_get_user_data_dir()/bar-raiser/drafts
 */
GFile *
br_board_draft_get_default_dir (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "bar-raiser", "drafts", NULL);

  return g_file_new_for_path (path);
}

typedef struct {
  char *id;
  guint64 mtime;
} Found;

static int
compare_found (gconstpointer a,
               gconstpointer b)
{
  const Found *fa = *(const Found * const *) a;
  const Found *fb = *(const Found * const *) b;

  /* Newest first, then by id for a stable order */
  if (fa->mtime != fb->mtime)
    return fa->mtime > fb->mtime ? -1 : 1;
  return strcmp (fa->id, fb->id);
}

static void
found_free (gpointer data)
{
  Found *found = data;

  g_free (found->id);
  g_free (found);
}

/**
 * br_board_draft_list:
 * @dir: (nullable): the drafts folder, or %NULL for the default one
 *
 * Returns: (transfer full) (element-type utf8): the ids of the drafts in
 *   @dir, the most recently written first; empty when there are none or
 *   the folder does not exist
 */
GPtrArray *
br_board_draft_list (GFile *dir)
{
  g_autoptr(GFile) default_dir = NULL;
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (found_free);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  if (dir == NULL)
    dir = default_dir = br_board_draft_get_default_dir ();

  enumerator = g_file_enumerate_children (dir,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                          G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (enumerator == NULL)
    return ids;

  for (;;)
    {
      GFileInfo *info = NULL;
      const char *name;
      g_autofree char *id = NULL;
      Found *entry;

      if (!g_file_enumerator_iterate (enumerator, &info, NULL, NULL, NULL) || info == NULL)
        break;
      name = g_file_info_get_name (info);
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
          !g_str_has_suffix (name, BOARD_SUFFIX))
        continue;
      id = g_strndup (name, strlen (name) - strlen (BOARD_SUFFIX));
      if (!br_id_is_name (id))
        continue;
      entry = g_new0 (Found, 1);
      entry->id = g_steal_pointer (&id);
      entry->mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
      g_ptr_array_add (found, entry);
    }

  g_ptr_array_sort (found, compare_found);
  for (guint i = 0; i < found->len; i++)
    {
      Found *entry = g_ptr_array_index (found, i);
      g_ptr_array_add (ids, g_steal_pointer (&entry->id));
    }
  return ids;
}

/**
 * br_board_draft_new:
 * @dir: (nullable): the drafts folder, or %NULL for the default one
 * @id: (nullable): the id of an existing draft, or %NULL for a new,
 *   unique one
 *
 * Nothing is written until br_board_draft_write().
 */
BrBoardDraft *
br_board_draft_new (GFile      *dir,
                    const char *id)
{
  BrBoardDraft *self;
  g_autofree char *board_name = NULL;
  g_autofree char *info_name = NULL;

  g_return_val_if_fail (dir == NULL || G_IS_FILE (dir), NULL);
  g_return_val_if_fail (id == NULL || br_id_is_name (id), NULL);

  self = g_object_new (BR_TYPE_BOARD_DRAFT, NULL);
  self->dir = dir ? g_object_ref (dir) : br_board_draft_get_default_dir ();
  if (id != NULL)
    self->id = g_strdup (id);
  else
    {
      static guint counter;
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

      self->id = g_strdup_printf ("%s-%08x-%u", stamp, g_random_int (), ++counter);
    }

  board_name = g_strconcat (self->id, BOARD_SUFFIX, NULL);
  info_name = g_strconcat (self->id, INFO_SUFFIX, NULL);
  self->file = g_file_get_child (self->dir, board_name);
  self->info_file = g_file_get_child (self->dir, info_name);
  return self;
}

const char *
br_board_draft_get_id (BrBoardDraft *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DRAFT (self), NULL);
  return self->id;
}

/**
 * br_board_draft_get_file:
 *
 * Returns: (transfer none): where the draft's board is written
 */
GFile *
br_board_draft_get_file (BrBoardDraft *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DRAFT (self), NULL);
  return self->file;
}

/**
 * br_board_draft_get_info_file:
 *
 * Returns: (transfer none): where the draft's origin is recorded
 */
GFile *
br_board_draft_get_info_file (BrBoardDraft *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DRAFT (self), NULL);
  return self->info_file;
}

gboolean
br_board_draft_exists (BrBoardDraft *self)
{
  g_return_val_if_fail (BR_IS_BOARD_DRAFT (self), FALSE);
  return g_file_query_exists (self->file, NULL);
}

static GBytes *
info_to_bytes (GFile *origin)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, BR_DRAFT_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, BR_DRAFT_VERSION);
  json_builder_set_member_name (builder, "origin");
  if (origin != NULL)
    {
      g_autofree char *uri = g_file_get_uri (origin);
      json_builder_add_string_value (builder, uri);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return br_json_node_to_bytes (root, 2);
}

/**
 * br_board_draft_write_bytes:
 * @board_bytes: the board, as br_board_to_bytes() gives it
 * @origin: (nullable): the file the board belongs to, if it has one
 *
 * Writes @board_bytes and @origin as the draft, atomically, creating the
 * drafts folder if needed. Touches no board: any thread may call it (one
 * at a time for a draft).
 */
gboolean
br_board_draft_write_bytes (BrBoardDraft  *self,
                            GBytes        *board_bytes,
                            GFile         *origin,
                            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) info = NULL;

  g_return_val_if_fail (BR_IS_BOARD_DRAFT (self), FALSE);
  g_return_val_if_fail (board_bytes != NULL, FALSE);
  g_return_val_if_fail (origin == NULL || G_IS_FILE (origin), FALSE);

  if (!g_file_make_directory_with_parents (self->dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (self->dir);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return FALSE;
    }

  info = info_to_bytes (origin);
  /* The user's own data: only they may read it */
  return br_file_write_atomic_full (self->info_file, info, BR_FILE_MODE_PRIVATE, NULL, error) &&
         br_file_write_atomic_full (self->file, board_bytes, BR_FILE_MODE_PRIVATE, NULL, error);
}

/**
 * br_board_draft_write:
 * @board: the board to keep
 * @origin: (nullable): the file @board belongs to, if it has one
 *
 * Writes @board and @origin as the draft, atomically, creating the
 * drafts folder if needed.
 */
gboolean
br_board_draft_write (BrBoardDraft  *self,
                      BrBoard       *board,
                      GFile         *origin,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (BR_IS_BOARD_DRAFT (self), FALSE);
  g_return_val_if_fail (BR_IS_BOARD (board), FALSE);

  bytes = br_board_to_bytes (board);
  return br_board_draft_write_bytes (self, bytes, origin, error);
}

/* The origin recorded in the info file; %NULL when there is none, the
 * file is missing, or it cannot be read (then it is moved aside) */
static GFile *
read_origin (BrBoardDraft *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) parsed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *contents;
  JsonObject *root;
  JsonNode *node;
  gsize length;

  /* Bounded, and only from a regular file: anything else is left alone */
  bytes = br_file_load_limited (self->info_file, MAX_INFO_SIZE, NULL, &error);
  if (g_error_matches (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE))
    g_clear_error (&error);   /* a file, damaged: moved aside below */
  else if (bytes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_debug ("%s", error->message);
      return NULL;
    }

  contents = bytes ? g_bytes_get_data (bytes, &length) : NULL;
  if (contents != NULL && g_utf8_validate (contents, length, NULL) &&
      (parsed = br_json_parse_full (contents, length, &info_limits, NULL, NULL, NULL)) != NULL &&
      JSON_NODE_HOLDS_OBJECT (parsed))
    {
      root = json_node_get_object (parsed);
      if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", ""), BR_DRAFT_FORMAT) == 0 &&
          json_object_get_int_member_with_default (root, "version", 0) == BR_DRAFT_VERSION)
        {
          node = json_object_get_member (root, "origin");
          if (node == NULL || JSON_NODE_HOLDS_NULL (node))
            return NULL;
          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            {
              const char *uri = json_node_get_string (node);

              if (g_str_has_prefix (uri, "file:") || strstr (uri, "://") != NULL)
                return g_file_new_for_uri (uri);
            }
        }
    }

  /* Not ours, or damaged: keep it for a person to look at */
  if (!br_file_move_aside (self->info_file, NULL, NULL, &error))
    g_debug ("%s", error->message);
  return NULL;
}

/**
 * br_board_draft_read:
 * @out_origin: (out) (optional) (transfer full) (nullable): the file the
 *   board belongs to, or %NULL for an untitled board
 *
 * Reads the draft with the strict loader. When it is missing, the error is
 * %G_IO_ERROR_NOT_FOUND. When it cannot be read it is moved aside (with its
 * info file) and the error says what was wrong and where it went.
 *
 * Returns: (transfer full) (nullable): the board
 */
BrBoard *
br_board_draft_read (BrBoardDraft  *self,
                     GFile        **out_origin,
                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autoptr(GFile) moved = NULL;
  g_autoptr(BrBoard) board = NULL;

  g_return_val_if_fail (BR_IS_BOARD_DRAFT (self), NULL);
  g_return_val_if_fail (out_origin == NULL || *out_origin == NULL, NULL);

  board = br_board_new_from_file (self->file, NULL, &local_error);
  if (board == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      /* A named pipe, a device, a folder: not a damaged draft to keep
       * aside, nor one of ours to move */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE) ||
          g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        {
          g_set_error (error, local_error->domain, local_error->code,
                       /* Translators: %s is an error message */
                       _("%s\nThe draft was left in place."), local_error->message);
          return NULL;
        }

      if (br_file_move_aside (self->file, NULL, &moved, &move_error))
        {
          g_autofree char *where = g_file_get_parse_name (moved);

          br_file_move_aside (self->info_file, NULL, NULL, NULL);
          g_set_error (error, local_error->domain, local_error->code,
                       /* Translators: %s are an error message and a file name */
                       _("%s\nThe draft was moved to %s."), local_error->message, where);
        }
      else
        g_set_error (error, local_error->domain, local_error->code,
                     /* Translators: %s are an error message and the reason a file could not be renamed */
                     _("%s\nThe draft was left in place: %s"), local_error->message, move_error->message);
      return NULL;
    }

  if (out_origin != NULL)
    *out_origin = read_origin (self);
  return g_steal_pointer (&board);
}

static gboolean
delete_if_exists (GFile   *file,
                  GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_delete (file, NULL, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * br_board_draft_remove:
 *
 * Deletes the draft (the board first, so that a draft half-removed is no
 * longer found). A draft that does not exist is not an error.
 */
gboolean
br_board_draft_remove (BrBoardDraft  *self,
                       GError       **error)
{
  g_return_val_if_fail (BR_IS_BOARD_DRAFT (self), FALSE);

  return delete_if_exists (self->file, error) &&
         delete_if_exists (self->info_file, error);
}
