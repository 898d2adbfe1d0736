/* br-file-util.h — small file helpers shared by the models (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The permissions of a new file: documents and images the user saves, and
 * the user's own data (progress, practice, drafts) */
#define BR_FILE_MODE_DOCUMENT  0644
#define BR_FILE_MODE_PRIVATE   0600

GBytes  *br_file_read_limited (GFile         *file,
                               gsize          max_size,
                               GCancellable  *cancellable,
                               GError       **error);
GBytes  *br_file_load_limited (GFile         *file,
                               gsize          max_size,
                               GCancellable  *cancellable,
                               GError       **error);
gboolean br_file_write_atomic_full (GFile         *file,
                                    GBytes        *bytes,
                                    guint          new_file_mode,
                                    GCancellable  *cancellable,
                                    GError       **error);
gboolean br_file_write_atomic (GFile         *file,
                               GBytes        *bytes,
                               GCancellable  *cancellable,
                               GError       **error);

gboolean br_file_move_aside   (GFile         *file,
                               GDateTime     *now,
                               GFile        **out_moved,
                               GError       **error);
gboolean br_file_move_to_free_name (GFile       *file,
                                    const char  *prefix,
                                    const char  *suffix,
                                    GFile      **out_moved,
                                    GError     **error);

G_END_DECLS
