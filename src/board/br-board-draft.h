/* br-board-draft.h — autosaved drafts of unsaved boards (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-board.h"

G_BEGIN_DECLS

#define BR_DRAFT_FORMAT  "bar-raiser-draft"
#define BR_DRAFT_VERSION 1

#define BR_TYPE_BOARD_DRAFT (br_board_draft_get_type ())

G_DECLARE_FINAL_TYPE (BrBoardDraft, br_board_draft, BR, BOARD_DRAFT, GObject)

GFile        *br_board_draft_get_default_dir (void);
GPtrArray    *br_board_draft_list            (GFile         *dir);

BrBoardDraft *br_board_draft_new             (GFile         *dir,
                                              const char    *id);
const char   *br_board_draft_get_id          (BrBoardDraft  *self);
GFile        *br_board_draft_get_file        (BrBoardDraft  *self);
GFile        *br_board_draft_get_info_file   (BrBoardDraft  *self);
gboolean      br_board_draft_exists          (BrBoardDraft  *self);
gboolean      br_board_draft_write           (BrBoardDraft  *self,
                                              BrBoard       *board,
                                              GFile         *origin,
                                              GError       **error);
gboolean      br_board_draft_write_bytes     (BrBoardDraft  *self,
                                              GBytes        *board_bytes,
                                              GFile         *origin,
                                              GError       **error);
BrBoard      *br_board_draft_read            (BrBoardDraft  *self,
                                              GFile        **out_origin,
                                              GError       **error);
gboolean      br_board_draft_remove          (BrBoardDraft  *self,
                                              GError       **error);

G_END_DECLS
