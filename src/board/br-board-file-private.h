/* br-board-file-private.h — one board item in the .brboard syntax, for the
 * other formats that carry items (practice recordings)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-item.h"
#include "br-json-reader.h"

G_BEGIN_DECLS

gboolean _br_board_read_item  (BrJsonReader *reader,
                               JsonObject   *object,
                               GHashTable   *ids,
                               BrItem      **out,
                               GError      **error);
void     _br_board_write_item (GString      *out,
                               const BrItem *item);

G_END_DECLS
