/* br-file-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-file"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "br-doc-error.h"
#include "br-file-util.h"

/* How a file that is not a regular one is named to the user */
static const char *
describe_special (GFileType type)
{
  switch (type)
    {
    case G_FILE_TYPE_DIRECTORY:
      return _("it is a folder, not a file");
    case G_FILE_TYPE_SPECIAL:
      return _("it is a named pipe, a device or a socket, not a regular file");
    default:
      return _("it is not a regular file");
    }
}

static GFileType
type_from_mode (mode_t mode)
{
  if (S_ISDIR (mode))
    return G_FILE_TYPE_DIRECTORY;
  if (S_ISREG (mode))
    return G_FILE_TYPE_REGULAR;
  return G_FILE_TYPE_SPECIAL;
}

static gboolean
refuse_special (GFileType   type,
                GError    **error)
{
  g_set_error (error, G_IO_ERROR,
               type == G_FILE_TYPE_DIRECTORY ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
               _("%s; only regular files are read"), describe_special (type));
  return FALSE;
}

static gboolean
refuse_size (guint64   size,
             gsize     max_size,
             GError  **error)
{
  g_autofree char *limit = g_format_size (max_size);

  if (size == G_MAXUINT64)
    g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE,
                 _("the file is larger than %s, the most that is read"), limit);
  else
    {
      g_autofree char *text = g_format_size_full (size, G_FORMAT_SIZE_LONG_FORMAT);

      g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE,
                   _("the file is %s; files larger than %s are refused"), text, limit);
    }
  return FALSE;
}

/* Reads a local regular file through a descriptor opened without blocking,
 * so that a named pipe is found out before anything waits for it */
static GBytes *
read_local (const char    *path,
            gsize          max_size,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *data = NULL;
  gsize length = 0, allocated;
  struct stat st;
  int fd, saved_errno;

  do
    fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  while (fd < 0 && errno == EINTR);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      refuse_special (type_from_mode (st.st_mode), error);
      return NULL;
    }
  if (st.st_size > 0 && (guint64) st.st_size > max_size)
    {
      close (fd);
      refuse_size ((guint64) st.st_size, max_size, error);
      return NULL;
    }

  /* The size said is only a hint (files in /proc say 0, a file may grow
   * while it is read): read up to one byte past the limit, never more */
  allocated = MIN ((gsize) MAX (st.st_size, 0), max_size) + 1;
  allocated = MAX (allocated, 4096);
  allocated = MIN (allocated, max_size + 1);
  data = g_malloc (allocated);
  for (;;)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          close (fd);
          return NULL;
        }
      if (length == allocated)
        {
          if (length > max_size)
            {
              close (fd);
              refuse_size (G_MAXUINT64, max_size, error);
              return NULL;
            }
          allocated = MIN (MAX (allocated, 2048) * 2, max_size + 1);
          data = g_realloc (data, allocated);
        }
      n = read (fd, data + length, allocated - length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          saved_errno = errno;
          close (fd);
          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;
      length += (gsize) n;
    }
  close (fd);

  if (length > max_size)
    {
      refuse_size (G_MAXUINT64, max_size, error);
      return NULL;
    }
  return g_bytes_new_take (g_realloc (g_steal_pointer (&data), MAX (length, 1)), length);
}

/* The same through GIO, for a file that has no local path */
static GBytes *
read_stream (GFile         *file,
             gsize          max_size,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = NULL;
  guint8 buffer[16384];

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      refuse_special (g_file_info_get_file_type (info), error);
      return NULL;
    }
  if (g_file_info_get_size (info) > 0 && (guint64) g_file_info_get_size (info) > max_size)
    {
      refuse_size ((guint64) g_file_info_get_size (info), max_size, error);
      return NULL;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  data = g_byte_array_new ();
  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if ((gsize) n > max_size - data->len)
        {
          refuse_size (G_MAXUINT64, max_size, error);
          return NULL;
        }
      g_byte_array_append (data, buffer, (guint) n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * br_file_read_limited:
 * @file: a document to read
 * @max_size: the largest size accepted, in bytes
 *
 * Reads a whole document, which must be a regular file (or a link to
 * one) of at most @max_size bytes. Anything else is refused at once: a
 * named pipe, a device such as /dev/zero, a socket
 * (%G_IO_ERROR_NOT_REGULAR_FILE) or a folder (%G_IO_ERROR_IS_DIRECTORY);
 * a file whose size is over the limit (#BR_DOC_ERROR_TOO_LARGE) is refused
 * before it is read, and one that says it is smaller than it is (a file
 * in /proc, a file growing) as soon as the reading passes the limit, so
 * no more than @max_size + 1 bytes are ever held. Opening never waits for
 * a writer. A missing file is %G_IO_ERROR_NOT_FOUND. The message does not
 * name the file (see br_file_load_limited()).
 *
 * Returns: (transfer full) (nullable): the content
 */
GBytes *
br_file_read_limited (GFile         *file,
                      gsize          max_size,
                      GCancellable  *cancellable,
                      GError       **error)
{
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (max_size < G_MAXSIZE, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  path = g_file_peek_path (file);
  if (path != NULL)
    return read_local (path, max_size, cancellable, error);
  return read_stream (file, max_size, cancellable, error);
}

/**
 * br_file_load_limited:
 * @file: a document to read
 * @max_size: the largest size accepted, in bytes
 *
 * Like br_file_read_limited(), with the file's name at the start of an
 * error's message. Errors are #G_IO_ERROR, or #BR_DOC_ERROR_TOO_LARGE.
 *
 * Returns: (transfer full) (nullable): the content
 */
GBytes *
br_file_load_limited (GFile         *file,
                      gsize          max_size,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = br_file_read_limited (file, max_size, cancellable, &local_error);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }
  return bytes;
}

/* Where a write to @path goes: through symbolic links, to the file they
 * name, so that the link stays a link. A link to nothing is written over. */
static char *
resolve_links (const char *path)
{
  GStatBuf st;
  char *real;

  if (g_lstat (path, &st) != 0 || !S_ISLNK (st.st_mode))
    return g_strdup (path);
  real = realpath (path, NULL);
  if (real == NULL)
    return g_strdup (path);
  return real;
}

/**
 * br_file_write_atomic_full:
 * @file: where to write; its folder must exist
 * @bytes: the whole new content
 * @new_file_mode: the permissions of a file that does not exist yet, as
 *   given to open() (the umask applies): 0644 for documents and images,
 *   0600 for the user's own data
 *
 * Replaces @file's content atomically: the bytes go to a temporary file
 * in the same folder, which is then renamed over @file, so a reader (or a
 * crash) sees either the old content or the new one, never a mix. No
 * backup file is left behind.
 *
 * What the file had is kept: its permissions (a 0600 board stays 0600),
 * and a symbolic link stays a link, the file it names is what is
 * replaced. Something that is not a regular file (a named pipe, a device,
 * a folder) is never written over: %G_IO_ERROR_NOT_REGULAR_FILE or
 * %G_IO_ERROR_IS_DIRECTORY. Errors are #G_IO_ERROR, with the file's path at
 * the start of the message.
 */
gboolean
br_file_write_atomic_full (GFile         *file,
                           GBytes        *bytes,
                           guint          new_file_mode,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  gboolean ok;
  gsize length;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail ((new_file_mode & ~0777u) == 0, FALSE);

  data = g_bytes_get_data (bytes, &length);
  path = g_file_get_path (file);

  /* For a local file, g_file_set_contents_full() renames only after the
   * whole content is written and synced: g_file_replace_contents() in GLib
   * 2.74 renames its temporary file over the original even when a write
   * failed (a full disk), which would lose the old content. */
  if (path != NULL)
    {
      g_autofree char *target = resolve_links (path);
      gboolean existed = FALSE;
      guint mode = new_file_mode;
      GStatBuf st;

      if (g_stat (target, &st) == 0)
        {
          if (!S_ISREG (st.st_mode))
            {
              g_autofree char *name = g_file_get_parse_name (file);

              g_set_error (error, G_IO_ERROR,
                           S_ISDIR (st.st_mode) ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                           _("%s: %s; only regular files are written over"),
                           name, describe_special (type_from_mode (st.st_mode)));
              return FALSE;
            }
          existed = TRUE;
          mode = st.st_mode & 0777;
        }

      ok = g_file_set_contents_full (target, data ? data : "", length,
                                     G_FILE_SET_CONTENTS_CONSISTENT, (int) mode, &local_error);
      /* The umask narrows a new file's permissions, as it should, but an
       * existing file keeps exactly those it had */
      if (ok && existed && g_stat (target, &st) == 0 && (st.st_mode & 0777) != mode)
        g_chmod (target, (int) mode);
      /* Callers get G_IO_ERROR whichever way the file was written */
      if (!ok && local_error->domain == G_FILE_ERROR)
        {
          GError *io_error = g_error_new_literal (G_IO_ERROR,
                                                  g_io_error_from_file_error (local_error->code),
                                                  local_error->message);
          g_clear_error (&local_error);
          local_error = io_error;
        }
    }
  else
    ok = g_file_replace_contents (file, data ? data : "", length, NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, cancellable, &local_error);
  if (!ok)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return FALSE;
    }
  return TRUE;
}

/**
 * br_file_write_atomic:
 *
 * br_file_write_atomic_full() for a document: a new file is made 0644
 * (less what the umask takes away).
 */
gboolean
br_file_write_atomic (GFile         *file,
                      GBytes        *bytes,
                      GCancellable  *cancellable,
                      GError       **error)
{
  return br_file_write_atomic_full (file, bytes, BR_FILE_MODE_DOCUMENT, cancellable, error);
}

/* The most names tried before giving up: PREFIX SUFFIX, PREFIX-2 SUFFIX ... */
#define MOVE_ASIDE_MAX_TRIES 1000

/**
 * br_file_move_to_free_name:
 * @file: the file to move
 * @prefix: the new name, in @file's folder, before any number
 * @suffix: what follows the name and its number (an extension, or "")
 * @out_moved: (out) (optional) (transfer full): where the file went
 * @error: return location for a #G_IO_ERROR
 *
 * Renames @file to `PREFIXSUFFIX` in the same folder, or `PREFIX-2SUFFIX`,
 * `PREFIX-3SUFFIX`... when that name is taken. Nothing is ever
 * overwritten or deleted: a name that exists is skipped, and when the
 * rename fails @file stays where it was. Errors are #G_IO_ERROR, with the
 * file's path at the start of the message.
 *
 * Returns: %TRUE if @file was moved
 */
gboolean
br_file_move_to_free_name (GFile       *file,
                           const char  *prefix,
                           const char  *suffix,
                           GFile      **out_moved,
                           GError     **error)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (prefix != NULL && suffix != NULL, FALSE);
  g_return_val_if_fail (out_moved == NULL || *out_moved == NULL, FALSE);

  name = g_file_get_parse_name (file);
  parent = g_file_get_parent (file);
  if (parent == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("%s: this is not a file that can be moved aside"), name);
      return FALSE;
    }

  for (guint i = 1; i <= MOVE_ASIDE_MAX_TRIES; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *target_name = NULL;
      g_autoptr(GFile) target = NULL;

      if (i == 1)
        target_name = g_strconcat (prefix, suffix, NULL);
      else
        target_name = g_strdup_printf ("%s-%u%s", prefix, i, suffix);
      target = g_file_get_child (parent, target_name);

      /* Without G_FILE_COPY_OVERWRITE an existing target is an error, not
       * a victim */
      if (g_file_query_exists (target, NULL))
        continue;
      if (g_file_move (file, target, G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                       NULL, NULL, NULL, &local_error))
        {
          if (out_moved != NULL)
            *out_moved = g_steal_pointer (&target);
          return TRUE;
        }
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
          return FALSE;
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("%s: could not find a free name to move the file aside"), name);
  return FALSE;
}

/**
 * br_file_move_aside:
 * @file: a file that could not be read
 * @now: (nullable): the time to put in the new name; %NULL for now, local time
 * @out_moved: (out) (optional) (transfer full): where the file went
 * @error: return location for a #G_IO_ERROR
 *
 * Renames @file to `NAME.corrupt-YYYYMMDD-HHMMSS` in the same folder, or
 * `NAME.corrupt-YYYYMMDD-HHMMSS-2`, `-3`... when that name is taken, as
 * br_file_move_to_free_name() does.
 *
 * Returns: %TRUE if @file was moved
 */
gboolean
br_file_move_aside (GFile      *file,
                    GDateTime  *now,
                    GFile     **out_moved,
                    GError    **error)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  basename = g_file_get_basename (file);
  if (basename == NULL)
    basename = g_strdup ("");
  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  prefix = g_strdup_printf ("%s.corrupt-%s", basename, stamp);
  return br_file_move_to_free_name (file, prefix, "", out_moved, error);
}
