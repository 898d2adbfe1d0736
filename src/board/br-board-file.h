/* br-board-file.h — the .brboard file format (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-board.h"
#include "br-doc-error.h"
#include "br-file-util.h"

G_BEGIN_DECLS

#define BR_BOARD_FORMAT         "bar-raiser-board"
#define BR_BOARD_SUFFIX         ".brboard"
/* Version 2 added the design review's properties ("component", "flow",
 * "targets"), version 3 estimate notes ("estimate"); a board is written
 * as the oldest version that holds what it has, so a board without any
 * is still version 1, which every Bar Raiser reads. */
#define BR_BOARD_VERSION        3
#define BR_BOARD_MAX_FILE_SIZE  (64 * 1024 * 1024)
#define BR_BOARD_MAX_ITEMS      200000

BrBoard  *br_board_parse          (GBytes        *bytes,
                                   GError       **error);
GBytes   *br_board_to_bytes       (BrBoard       *self);
BrBoard  *br_board_new_from_file  (GFile         *file,
                                   GCancellable  *cancellable,
                                   GError       **error);
gboolean  br_board_save_to_file_full (BrBoard       *self,
                                      GFile         *file,
                                      guint          new_file_mode,
                                      GCancellable  *cancellable,
                                      GError       **error);
gboolean  br_board_save_to_file   (BrBoard       *self,
                                   GFile         *file,
                                   GCancellable  *cancellable,
                                   GError       **error);

G_END_DECLS
