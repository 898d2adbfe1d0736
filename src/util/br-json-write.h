/* br-json-write.h — writing JSON text by hand, always valid (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

void br_json_write_string (GString    *out,
                           const char *value);
void br_json_write_double (GString    *out,
                           double      value);
void br_json_write_node   (GString    *out,
                           JsonNode   *node,
                           guint       indent);
GBytes *br_json_node_to_bytes (JsonNode *node,
                               guint     indent);

G_END_DECLS
