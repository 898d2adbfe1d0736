/* br-json-parse-private.h — shared by the files of the JSON parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-json-parse.h"

G_BEGIN_DECLS

typedef struct {
  const char *text;
  const char *start;    /* the text after a byte order mark */
  const char *p;
  const char *end;
  const char *last;     /* the last character of the last token read */
  GString *scratch;     /* a string value being decoded */
  GString *keys;        /* the member names being read, one per depth */
  guint depth;
  const char *list;     /* the root member whose elements are not built */
  GArray *spans;        /* of BrJsonSpan: where they are */
  gboolean list_found;
  gboolean shallow;     /* the root's lists and objects are only checked */
  const BrJsonLimits *limits;
  guint values;         /* built so far, and elements of the deferred list */
  gsize memory;         /* what they take, estimated */
  GError **error;
} Parser;

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static inline void
skip_space (Parser *self)
{
  while (self->p < self->end && is_space (*self->p))
    self->p++;
}

/* What json-glib's scanner read as one word ("bar-raiser") or one number */
static inline gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-';
}

static inline gboolean
is_number_char (char c)
{
  return is_word_char (c) || c == '.' || c == '+';
}

gboolean _br_json_fail          (Parser      *self,
                                 const char  *at,
                                 const char  *format,
                                 ...) G_GNUC_PRINTF (3, 4);
gboolean _br_json_read_string   (Parser      *self,
                                 GString     *out);
gboolean _br_json_parse_number  (Parser      *self,
                                 JsonNode   **out);
gboolean _br_json_parse_word    (Parser      *self,
                                 JsonNode   **out);

G_END_DECLS
