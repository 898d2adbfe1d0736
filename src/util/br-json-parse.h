/* br-json-parse.h — a small, strict, fast JSON parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Deeper nesting is refused, so that no input can exhaust the stack */
#define BR_JSON_MAX_DEPTH 512

/* Where a value is in the text, in bytes */
typedef struct {
  gsize offset;
  gsize length;
} BrJsonSpan;

JsonNode *br_json_parse           (const char  *text,
                                   gsize        length,
                                   GError     **error);
JsonNode *br_json_parse_with_list (const char  *text,
                                   gsize        length,
                                   const char  *list,
                                   GArray     **spans,
                                   GError     **error);

G_END_DECLS
