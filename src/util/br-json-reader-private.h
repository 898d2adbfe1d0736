/* br-json-reader-private.h — shared by the files of BrJsonReader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-json-parse.h"
#include "br-json-reader.h"

G_BEGIN_DECLS

typedef struct {
  const char *member;   /* NULL for an array index */
  guint index;
} Segment;

struct _BrJsonReader
{
  GBytes *bytes;
  JsonNode *root_node;
  BrJsonLimits limits;  /* of every parse: the document's and each element's */
  char *list;           /* the root member whose elements are parsed one at a time */
  GArray *spans;        /* of BrJsonSpan: where they are in the text */
  JsonNode *element;    /* the one parsed last */
  JsonObject *root;
  GArray *path;         /* of Segment; members point into the document */
  GHashTable *ids;      /* the ids defined so far, copied */
};

G_END_DECLS
