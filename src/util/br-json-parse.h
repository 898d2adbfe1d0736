/* br-json-parse.h — a small, strict, fast JSON parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Deeper nesting is refused, so that no input can exhaust the stack */
#define BR_JSON_MAX_DEPTH 512

/**
 * BrJsonLimits:
 * @max_length: the longest text, in bytes
 * @max_depth: the deepest nesting of lists and objects, at most
 *   %BR_JSON_MAX_DEPTH
 * @max_values: the most values (objects, lists, strings, numbers, true,
 *   false, null) one parse builds into a tree; each element of a deferred
 *   list counts as one
 * @max_memory: the most bytes the tree one parse builds may take, as
 *   estimated by the parser (see br_json_parse_full())
 *
 * The budget of one parse: a document that passes any of these is refused
 * as soon as it does, before the rest is read or built. Each loader sets
 * its own (%BR_JSON_LIMITS_DEFAULT otherwise); what a value costs in
 * memory differs by type, from about 80 bytes for a number to about 300
 * for an empty object, so short texts can build large trees, and
 * @max_memory is what bounds them.
 */
typedef struct {
  gsize max_length;
  guint max_depth;
  guint max_values;
  gsize max_memory;
} BrJsonLimits;

/* What br_json_parse() and br_json_reader_new() use: about 64 MB of tree */
#define BR_JSON_DEFAULT_MAX_VALUES 250000
#define BR_JSON_DEFAULT_MAX_MEMORY (64 * 1024 * 1024)
#define BR_JSON_LIMITS_DEFAULT \
  ((BrJsonLimits) { G_MAXSIZE - 1, BR_JSON_MAX_DEPTH, BR_JSON_DEFAULT_MAX_VALUES, BR_JSON_DEFAULT_MAX_MEMORY })

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
JsonNode *br_json_parse_shallow   (const char  *text,
                                   gsize        length,
                                   GError     **error);
JsonNode *br_json_parse_full      (const char          *text,
                                   gsize                length,
                                   const BrJsonLimits  *limits,
                                   const char          *list,
                                   GArray             **spans,
                                   GError             **error);

G_END_DECLS
