/* br-file-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-file"

#include <glib/gi18n-lib.h>

#include "br-doc-error.h"
#include "br-file-util.h"

/**
 * br_file_load_limited:
 * @file: a document to read
 * @max_size: the largest size accepted, in bytes
 *
 * Reads a whole document, refusing a file larger than @max_size before
 * reading it. Errors are #G_IO_ERROR, or #BR_DOC_ERROR_TOO_LARGE, and their
 * message starts with the file's name.
 *
 * Returns: (transfer full) (nullable): the content
 */
GBytes *
br_file_load_limited (GFile         *file,
                      gsize          max_size,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info != NULL && g_file_info_get_size (info) > 0 &&
      (guint64) g_file_info_get_size (info) > max_size)
    {
      g_autofree char *size = g_format_size_full (g_file_info_get_size (info), G_FORMAT_SIZE_LONG_FORMAT);
      g_autofree char *limit = g_format_size (max_size);

      g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE,
                   _("%s: the file is %s; files larger than %s are refused"), name, size, limit);
      return NULL;
    }

  bytes = info != NULL ? g_file_load_bytes (file, cancellable, NULL, &local_error) : NULL;
  if (bytes == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }
  return bytes;
}

/**
 * br_file_write_atomic:
 * @file: where to write; its folder must exist
 * @bytes: the whole new content
 *
 * Replaces @file's content atomically: the bytes go to a temporary file
 * in the same folder, which is then renamed over @file, so a reader (or a
 * crash) sees either the old content or the new one, never a mix. No
 * backup file is left behind. Errors are #G_IO_ERROR, with the file's path
 * at the start of the message.
 */
gboolean
br_file_write_atomic (GFile         *file,
                      GBytes        *bytes,
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

  data = g_bytes_get_data (bytes, &length);
  path = g_file_get_path (file);

  /* For a local file, g_file_set_contents_full() renames only after the
   * whole content is written and synced: g_file_replace_contents() in GLib
   * 2.74 renames its temporary file over the original even when a write
   * failed (a full disk), which would lose the old content. */
  if (path != NULL)
    {
      ok = g_file_set_contents_full (path, data ? data : "", length,
                                     G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error);
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

/* The most names tried before giving up: NAME.corrupt-STAMP, -2 ... -N */
#define MOVE_ASIDE_MAX_TRIES 1000

/**
 * br_file_move_aside:
 * @file: a file that could not be read
 * @now: (nullable): the time to put in the new name; %NULL for now, local time
 * @out_moved: (out) (optional) (transfer full): where the file went
 * @error: return location for a #G_IO_ERROR
 *
 * Renames @file to `NAME.corrupt-YYYYMMDD-HHMMSS` in the same folder, or
 * `NAME.corrupt-YYYYMMDD-HHMMSS-2`, `-3`... when that name is taken. Nothing
 * is ever overwritten or deleted: a name that exists is skipped, and when
 * the rename fails @file stays where it was. Errors are #G_IO_ERROR, with
 * the file's path at the start of the message.
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
  g_autoptr(GFile) parent = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (out_moved == NULL || *out_moved == NULL, FALSE);

  name = g_file_get_parse_name (file);
  parent = g_file_get_parent (file);
  basename = g_file_get_basename (file);
  if (parent == NULL || basename == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("%s: this is not a file that can be moved aside"), name);
      return FALSE;
    }

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint i = 1; i <= MOVE_ASIDE_MAX_TRIES; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *target_name = NULL;
      g_autoptr(GFile) target = NULL;

      if (i == 1)
        target_name = g_strdup_printf ("%s.corrupt-%s", basename, stamp);
      else
        target_name = g_strdup_printf ("%s.corrupt-%s-%u", basename, stamp, i);
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
