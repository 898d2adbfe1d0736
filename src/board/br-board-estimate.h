/* br-board-estimate.h — estimate notes: board items that keep an
 * estimate's inputs and show its key figures (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board.h"
#include "br-board-item.h"
#include "br-estimate.h"
#include "br-json-reader.h"

G_BEGIN_DECLS

/* The member of a box, in a .brboard and in Excalidraw's customData */
#define BR_ITEM_ESTIMATE_MEMBER "estimate"

/**
 * BrItemEstimate:
 * @inputs: the text of each input as typed, never %NULL ("" when empty)
 *
 * The estimate an estimate note keeps: its inputs, from which its figures
 * are computed again wherever they are needed.
 */
struct _BrItemEstimate
{
  char *inputs[BR_ESTIMATE_N_INPUTS];
};

BrItemEstimate *br_item_estimate_new_from   (BrEstimate           *estimate);
BrItemEstimate *br_item_estimate_copy       (const BrItemEstimate *self);
void            br_item_estimate_free       (BrItemEstimate       *self);
gboolean        br_item_estimate_equal      (const BrItemEstimate *a,
                                             const BrItemEstimate *b);
void            br_item_estimate_apply      (const BrItemEstimate *self,
                                             BrEstimate           *estimate);
BrEstimate     *br_item_estimate_to_estimate (const BrItemEstimate *self);
gboolean        br_item_estimate_read_json  (BrJsonReader         *reader,
                                             JsonObject           *object,
                                             BrItemEstimate      **out,
                                             GError              **error);
void            br_item_estimate_write_json (GString              *out,
                                             const BrItemEstimate *self);

/* The text a note shows: the key figures */
char           *br_estimate_dup_note_text   (BrEstimate           *estimate);

/* Operations (br-board-estimate-ops.c) */
const char     *br_board_add_estimate_note  (BrBoard              *self,
                                             BrEstimate           *estimate,
                                             double                cx,
                                             double                cy);
gboolean        br_board_set_note_estimate  (BrBoard              *self,
                                             const char           *id,
                                             BrEstimate           *estimate,
                                             gboolean              merge);
gboolean        br_board_get_note_estimate  (BrBoard              *self,
                                             const char           *id,
                                             BrEstimate           *estimate);
gboolean        br_board_has_estimate_notes (BrBoard              *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BrItemEstimate, br_item_estimate_free)

G_END_DECLS
