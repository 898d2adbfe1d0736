/* br-ids.h — the one place that says what an identifier may look like (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BR_ID_MAX_LENGTH 64

gboolean br_id_is_slug (const char *text);
gboolean br_id_is_name (const char *text);

G_END_DECLS
