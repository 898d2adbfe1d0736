/* br-folders.c — where a file chooser starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-folders.h"

static gboolean
is_folder (GFile *file)
{
  return file != NULL &&
         g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY;
}

/**
 * br_default_folder:
 * @near: (nullable): the file being worked on (a board), if it has one
 * @special: the user's folder for this kind of file (Documents for boards,
 *   Pictures for images)
 *
 * Chooses where a file chooser opens, rather than the process's working
 * folder: the folder of @near, else the user's @special folder, else home.
 *
 * Returns: (transfer full): a folder that exists (home at the least)
 */
GFile *
br_default_folder (GFile          *near,
                   GUserDirectory  special)
{
  g_autoptr(GFile) parent = near ? g_file_get_parent (near) : NULL;
  const char *path;

  if (is_folder (parent))
    return g_steal_pointer (&parent);
  path = g_get_user_special_dir (special);
  if (path != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (path);

      if (is_folder (folder))
        return g_steal_pointer (&folder);
    }
  return g_file_new_for_path (g_get_home_dir ());
}
