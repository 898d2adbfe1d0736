/* br-board-component-json.h — component properties in JSON (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-component.h"
#include "br-json-reader.h"

G_BEGIN_DECLS

#define BR_COMPONENT_BOX_MEMBER   "component"
#define BR_COMPONENT_ARROW_MEMBER "flow"

const char *br_component_member_for       (const BrItem      *item);
gboolean    br_component_read_json        (BrJsonReader      *reader,
                                           JsonObject        *object,
                                           const BrItem      *item,
                                           gboolean           lenient,
                                           BrComponent      **out,
                                           GError           **error);
void        br_component_write_json       (GString           *out,
                                           const BrComponent *component);
gboolean    br_review_targets_read_json   (BrJsonReader      *reader,
                                           JsonObject        *object,
                                           BrReviewTargets   *out,
                                           GError           **error);
void        br_review_targets_write_json  (GString           *out,
                                           const BrReviewTargets *targets);

G_END_DECLS
