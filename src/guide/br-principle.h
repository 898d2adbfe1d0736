/* br-principle.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"


G_BEGIN_DECLS

#define BR_TYPE_PRINCIPLE (br_principle_get_type ())

G_DECLARE_FINAL_TYPE (BrPrinciple, br_principle, BR, PRINCIPLE, BrGuideEntry)

const char *br_principle_get_in_design (BrPrinciple *self);
const char * const *br_principle_get_practices (BrPrinciple *self);
gboolean br_principle_get_added_2021 (BrPrinciple *self);

G_END_DECLS
