/* br-resource.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-guide-entry.h"
#include "br-guide-types.h"
#include "br-guide-enums.h"


G_BEGIN_DECLS

#define BR_TYPE_RESOURCE (br_resource_get_type ())

G_DECLARE_FINAL_TYPE (BrResource, br_resource, BR, RESOURCE, BrGuideEntry)

BrResourceKind br_resource_get_kind (BrResource *self);

G_END_DECLS
