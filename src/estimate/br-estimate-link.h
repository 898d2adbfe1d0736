/* br-estimate-link.h — an estimate kept in step with an estimate note on
 * a board (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "br-board.h"
#include "br-estimate.h"

G_BEGIN_DECLS

#define BR_TYPE_ESTIMATE_LINK (br_estimate_link_get_type ())

G_DECLARE_FINAL_TYPE (BrEstimateLink, br_estimate_link, BR, ESTIMATE_LINK, GObject)

BrEstimateLink *br_estimate_link_new          (BrBoard        *board,
                                               const char     *note_id,
                                               BrEstimate     *estimate);
BrBoard        *br_estimate_link_dup_board    (BrEstimateLink *self);
const char     *br_estimate_link_get_note_id  (BrEstimateLink *self);
BrEstimate     *br_estimate_link_get_estimate (BrEstimateLink *self);
gboolean        br_estimate_link_is_active    (BrEstimateLink *self);

G_END_DECLS
