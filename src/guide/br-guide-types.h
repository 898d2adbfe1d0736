/* br-guide-types.h — enumerations of the guide model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BrResourceKind:
 * @BR_RESOURCE_KIND_INTERNAL_SYSTEM: a system Amazon uses internally
 * @BR_RESOURCE_KIND_TECHNOLOGY: a public technology worth knowing well
 * @BR_RESOURCE_KIND_READING: a book or site to read
 */
typedef enum {
  BR_RESOURCE_KIND_INTERNAL_SYSTEM,
  BR_RESOURCE_KIND_TECHNOLOGY,
  BR_RESOURCE_KIND_READING,
} BrResourceKind;

/**
 * BrTipKind:
 * @BR_TIP_KIND_DO: something to do
 * @BR_TIP_KIND_DONT: something to avoid
 */
typedef enum {
  BR_TIP_KIND_DO,
  BR_TIP_KIND_DONT,
} BrTipKind;

G_END_DECLS
