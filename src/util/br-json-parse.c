/* br-json-parse.c — a small, strict, fast JSON parser
 *
 * Reads RFC 8259 JSON into the same JsonNode trees json-glib's JsonParser
 * builds (sealed, last duplicate member wins), in one pass and without a
 * scanner: json-glib 1.6's GScanner-based parser is most of the cost of
 * opening a large board, and it accepts what JSON does not (comments,
 * single quotes, hexadecimal and octal numbers, "var x = ...").
 *
 * Errors are BR_DOC_ERROR_SYNTAX with a message "LINE:COLUMN: what", the
 * column counted in characters. Where a value is expected, the error points
 * at what was found there; elsewhere (a missing comma, colon or closing
 * bracket, the end of the file) at the last character of the last good
 * token, which is where the missing piece belongs. These are the places
 * json-glib pointed at, so messages stay where they were.
 *
 * Every parse has a budget (BrJsonLimits): the length of the text, the
 * depth of nesting, the number of values built and an estimate of the
 * memory they take. A document that passes one is refused there, with
 * BR_DOC_ERROR_TOO_LARGE, before anything more is read or built: a few
 * bytes of JSON ("{}," is three) cost a hundred times their size as
 * JsonNodes, so the size of a file alone does not bound its tree.
 *
 * This file reads the structure (lists, objects, the document) and keeps
 * the budget; br-json-scan.c reads strings, numbers and words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-doc-error.h"
#include "br-json-parse-private.h"

/* What json-glib 1.6 spends on a value, measured with GLib 2.74 on x86-64
 * (tests/test-json-parse.c checks the estimate against the allocator):
 * every value is a JsonNode and a JsonValue or a container; a string adds
 * its copy, an object its hash table, each member its name and entry. */
#define COST_NODE     88
#define COST_STRING   32
#define COST_ARRAY    40
#define COST_ELEMENT  16
#define COST_OBJECT   224
#define COST_MEMBER   176
#define COST_SPAN     ((gsize) sizeof (BrJsonSpan))

static gboolean parse_value   (Parser    *self,
                               JsonNode **out);
static gboolean after_element (Parser    *self,
                               gboolean  *more);

/* ---------------------------------------------------------------------- */
/* Errors                                                                  */

static gboolean
fail_valist (Parser     *self,
             BrDocError  code,
             const char *at,
             const char *format,
             va_list     args) G_GNUC_PRINTF (4, 0);

static gboolean
fail_valist (Parser     *self,
             BrDocError  code,
             const char *at,
             const char *format,
             va_list     args)
{
  g_autofree char *what = NULL;
  guint line, column;

  br_doc_locate_byte (self->start, self->end - self->start, at, &line, &column);

  what = g_strdup_vprintf (format, args);
  g_set_error (self->error, BR_DOC_ERROR, code, "%u:%u: %s", line, column, what);
  return FALSE;
}

gboolean
_br_json_fail (Parser     *self,
               const char *at,
               const char *format,
               ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (self, BR_DOC_ERROR_SYNTAX, at, format, args);
  va_end (args);
  return FALSE;
}

static gboolean
fail_budget (Parser     *self,
             const char *at,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail_budget (Parser     *self,
             const char *at,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (self, BR_DOC_ERROR_TOO_LARGE, MIN (at, self->end), format, args);
  va_end (args);
  return FALSE;
}

/* Counts a value about to be built at @at, and what it takes */
static inline gboolean
charge_at (Parser     *self,
           const char *at,
           guint       values,
           gsize       memory)
{
  self->values += values;
  self->memory += memory;
  if (G_UNLIKELY (self->values > self->limits->max_values))
    return fail_budget (self, at,
                        _("there are more than %u values here, the most a file of this kind may hold; "
                          "the file was not read further"),
                        self->limits->max_values);
  if (G_UNLIKELY (self->memory > self->limits->max_memory))
    {
      g_autofree char *limit = g_format_size (self->limits->max_memory);

      return fail_budget (self, at,
                          _("reading this would take more than %s of memory, the most allowed "
                            "for a file of this kind; the file was not read further"),
                          limit);
    }
  return TRUE;
}

static inline gboolean
charge (Parser *self,
        guint   values,
        gsize   memory)
{
  return charge_at (self, self->p, values, memory);
}

/* The end of the file where more was expected: points at the last token */
static gboolean
fail_cut_short (Parser     *self,
                const char *inside)
{
  return _br_json_fail (self, self->last,
               _("the file ends inside %s; was it cut short? (the file is not well-formed JSON)"),
               inside);
}

static gboolean
fail_unexpected (Parser *self)
{
  const char *at = self->p;
  char shown[16];

  if ((guchar) *at < 0x20 || *at == 0x7F)
    g_snprintf (shown, sizeof shown, "U+%04X", (guint) (guchar) *at);
  else
    {
      gsize n = 1;

      while (n < 4 && at + n < self->end && ((guchar) at[n] & 0xC0) == 0x80)
        n++;
      g_snprintf (shown, sizeof shown, "“%.*s”", (int) n, at);
    }
  return _br_json_fail (self, at, _("expected a value but found %s (the file is not well-formed JSON)"), shown);
}

/* ---------------------------------------------------------------------- */
/* Objects and lists                                                       */

static gboolean
enter (Parser *self)
{
  if (++self->depth > self->limits->max_depth)
    return fail_budget (self, self->p,
                        _("the values are nested more than %u deep, the most a file of this kind allows"),
                        self->limits->max_depth);
  self->last = self->p++;
  skip_space (self);
  return TRUE;
}

/* The elements of the deferred list: checked, and where they are recorded,
 * but not built (see br_json_parse_with_list()) */
static gboolean
skip_list (Parser *self)
{
  gboolean more = TRUE;

  /* A second list of the same name takes the place of the first */
  self->values -= self->spans->len;
  self->memory -= self->spans->len * COST_SPAN;
  g_array_set_size (self->spans, 0);
  if (!enter (self))
    return FALSE;

  if (self->p < self->end && *self->p == ']')
    self->last = self->p++;
  else
    while (more)
      {
        BrJsonSpan span;

        skip_space (self);
        span.offset = self->p - self->text;
        if (!parse_value (self, NULL))
          return FALSE;
        span.length = (self->p - self->text) - span.offset;
        if (!charge (self, 1, COST_SPAN))
          return FALSE;
        g_array_append_val (self->spans, span);
        if (!after_element (self, &more))
          return FALSE;
      }

  self->depth--;
  return TRUE;
}

static gboolean
parse_object (Parser    *self,
              JsonNode **out)
{
  g_autoptr(JsonObject) object = NULL;
  gboolean root = self->depth == 0;

  if (out != NULL)
    {
      if (!charge (self, 1, COST_NODE + COST_OBJECT))
        return FALSE;
      object = json_object_new ();
    }
  if (!enter (self))
    return FALSE;

  if (self->p < self->end && *self->p == '}')
    self->last = self->p++;
  else
    for (;;)
      {
        gsize key = self->keys->len;
        JsonNode *value = NULL;

        if (self->p >= self->end)
          return fail_cut_short (self, _("an object"));
        if (*self->p != '"')
          return _br_json_fail (self, self->last,
                       _("expected a member name in double quotes after this (the file is not well-formed JSON)"));
        if (!_br_json_read_string (self, object ? self->keys : NULL))
          return FALSE;
        if (object != NULL)
          {
            if (!charge (self, 0, COST_MEMBER + (self->keys->len - key)))
              return FALSE;
            g_string_append_c (self->keys, '\0');
          }

        skip_space (self);
        if (self->p >= self->end)
          return fail_cut_short (self, _("an object"));
        if (*self->p != ':')
          return _br_json_fail (self, self->last,
                       _("expected “:” after the member name (the file is not well-formed JSON)"));
        self->last = self->p++;
        skip_space (self);

        if (root && object != NULL && self->list != NULL &&
            strcmp (self->keys->str + key, self->list) == 0)
          {
            /* The last of two members with one name wins */
            json_object_remove_member (object, self->list);
            self->list_found = self->p < self->end && *self->p == '[';
            if (self->list_found)
              {
                if (!skip_list (self))
                  return FALSE;
                g_string_truncate (self->keys, key);
                goto next;
              }
          }

        if (root && object != NULL && self->shallow &&
            self->p < self->end && (*self->p == '{' || *self->p == '['))
          {
            /* Left out of the tree, as a later member of the name wins */
            json_object_remove_member (object, self->keys->str + key);
            g_string_truncate (self->keys, key);
            if (!parse_value (self, NULL))
              return FALSE;
            goto next;
          }

        if (!parse_value (self, object ? &value : NULL))
          return FALSE;
        /* The last of two members with one name wins, as in json-glib */
        if (object != NULL)
          {
            json_object_set_member (object, self->keys->str + key, value);
            g_string_truncate (self->keys, key);
          }

      next:
        skip_space (self);
        if (self->p >= self->end)
          return fail_cut_short (self, _("an object"));
        if (*self->p == '}')
          {
            self->last = self->p++;
            break;
          }
        if (*self->p != ',')
          return _br_json_fail (self, self->last,
                       _("expected “,” or “}” after this value (the file is not well-formed JSON)"));
        self->last = self->p++;
        skip_space (self);
        if (self->p < self->end && *self->p == '}')
          return _br_json_fail (self, self->last,
                       _("there is a comma before the closing “}” (the file is not well-formed JSON)"));
      }

  self->depth--;
  if (out != NULL)
    *out = json_node_init_object (json_node_alloc (), object);
  return TRUE;
}

/* After an element of a list: a comma and more, or the end of the list */
static gboolean
after_element (Parser   *self,
               gboolean *more)
{
  skip_space (self);
  if (self->p >= self->end)
    return fail_cut_short (self, _("a list"));
  if (*self->p == ']')
    {
      self->last = self->p++;
      *more = FALSE;
      return TRUE;
    }
  if (*self->p != ',')
    return _br_json_fail (self, self->last,
                 _("expected “,” or “]” after this value (the file is not well-formed JSON)"));
  self->last = self->p++;
  skip_space (self);
  if (self->p < self->end && *self->p == ']')
    return _br_json_fail (self, self->last,
                 _("there is a comma before the closing “]” (the file is not well-formed JSON)"));
  *more = TRUE;
  return TRUE;
}

static gboolean
parse_array (Parser    *self,
             JsonNode **out)
{
  g_autoptr(JsonArray) array = NULL;
  gboolean more = TRUE;

  if (out != NULL)
    {
      if (!charge (self, 1, COST_NODE + COST_ARRAY))
        return FALSE;
      array = json_array_new ();
    }
  if (!enter (self))
    return FALSE;

  if (self->p < self->end && *self->p == ']')
    self->last = self->p++;
  else
    while (more)
      {
        JsonNode *value = NULL;

        if (array != NULL && !charge (self, 0, COST_ELEMENT))
          return FALSE;
        if (!parse_value (self, array ? &value : NULL))
          return FALSE;
        if (array != NULL)
          json_array_add_element (array, value);
        if (!after_element (self, &more))
          return FALSE;
      }

  self->depth--;
  if (out != NULL)
    *out = json_node_init_array (json_node_alloc (), array);
  return TRUE;
}

/* Reads the value at self->p into *out, or, with @out %NULL, only checks it */
static gboolean
parse_value (Parser    *self,
             JsonNode **out)
{
  skip_space (self);
  if (self->p >= self->end)
    return _br_json_fail (self, self->last,
                 _("the file ends where a value was expected; was it cut short? (the file is not well-formed JSON)"));

  switch (*self->p)
    {
    case '{':
      return parse_object (self, out);
    case '[':
      return parse_array (self, out);
    case '"':
      {
        const char *start = self->p;

        g_string_truncate (self->scratch, 0);
        if (!_br_json_read_string (self, out ? self->scratch : NULL))
          return FALSE;
        if (out == NULL)
          return TRUE;
        if (!charge_at (self, start, 1, COST_NODE + COST_STRING + self->scratch->len))
          return FALSE;
        *out = json_node_init_string (json_node_alloc (), self->scratch->str);
        return TRUE;
      }
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      if (out != NULL && !charge (self, 1, COST_NODE))
        return FALSE;
      return _br_json_parse_number (self, out);
    default:
      if (out != NULL && !charge (self, 1, COST_NODE))
        return FALSE;
      if (g_ascii_isalpha (*self->p) || *self->p == '_')
        return _br_json_parse_word (self, out);
      return fail_unexpected (self);
    }
}

static JsonNode *
parse_document (Parser *self)
{
  JsonNode *root = NULL;
  gboolean ok;

  if (self->end - self->p >= 3 && memcmp (self->p, "\xef\xbb\xbf", 3) == 0)
    self->start = self->p = self->last = self->p + 3;

  skip_space (self);
  if (self->p >= self->end)
    {
      g_set_error (self->error, BR_DOC_ERROR, BR_DOC_ERROR_SYNTAX, _("1:1: the file is empty"));
      return NULL;
    }

  self->scratch = g_string_sized_new (64);
  self->keys = g_string_sized_new (256);
  ok = parse_value (self, &root);
  g_string_free (self->scratch, TRUE);
  g_string_free (self->keys, TRUE);
  if (!ok)
    {
      g_clear_pointer (&root, json_node_unref);
      return NULL;
    }

  skip_space (self);
  if (self->p < self->end)
    {
      _br_json_fail (self, self->p,
            _("there is more text after the end of the document (the file is not well-formed JSON)"));
      json_node_unref (root);
      return NULL;
    }

  json_node_seal (root);
  return root;
}

/**
 * br_json_parse_full:
 * @text: the JSON text, valid UTF-8 (see g_utf8_validate())
 * @length: its length in bytes
 * @limits: (nullable): the parse's budget, or %NULL for
 *   %BR_JSON_LIMITS_DEFAULT
 * @list: (nullable): the name of a member of the root object whose list is
 *   not built, or %NULL
 * @spans: (out) (transfer full) (nullable) (optional): with @list, where
 *   the elements of the list are
 * @error: return location for a %BR_DOC_ERROR_SYNTAX or
 *   %BR_DOC_ERROR_TOO_LARGE error
 *
 * Parses one JSON value, refusing anything JSON does not allow: comments,
 * trailing commas, single quotes, bare words other than true, false and
 * null, numbers JSON does not write (01, .5, 1., +1, 0x10), unknown escapes,
 * lone surrogates, raw control characters in strings, text after the value.
 * A leading byte order mark is skipped. Numbers without a fraction or an
 * exponent become %G_TYPE_INT64 values (saturated at the limits of a
 * gint64), others %G_TYPE_DOUBLE ones (±infinity beyond the range of a
 * double). Memory-safe on any input, whatever its encoding.
 *
 * A text longer than @limits allows, nesting deeper, more values built or
 * more memory (an estimate of what json-glib allocates for the nodes,
 * containers, strings and member names) is refused with
 * %BR_DOC_ERROR_TOO_LARGE at the place the budget ran out, as soon as it
 * does: what a document costs to read is bounded by its loader's limits,
 * not by its size alone. Errors start with "LINE:COLUMN: ".
 *
 * With @list, when the root is an object whose member @list holds a list,
 * that member is left out of the tree and the elements of the list are
 * only checked: @spans says where each one is in @text (a #BrJsonSpan
 * each), so that they can be parsed one at a time, each with a budget of
 * its own. The tree of a long list is never built whole, which is most of
 * the cost of a large document. When there is no such list, @spans is
 * %NULL.
 *
 * Returns: (transfer full) (nullable): the sealed root node
 */
JsonNode *
br_json_parse_full (const char          *text,
                    gsize                length,
                    const BrJsonLimits  *limits,
                    const char          *list,
                    GArray             **spans,
                    GError             **error)
{
  BrJsonLimits defaults = BR_JSON_LIMITS_DEFAULT;
  Parser self = { .text = text, .start = text, .p = text, .end = text + length, .last = text,
                  .list = list, .limits = limits ? limits : &defaults, .error = error };
  JsonNode *root;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (self.limits->max_depth <= BR_JSON_MAX_DEPTH, NULL);

  if (spans != NULL)
    *spans = NULL;
  if (length > self.limits->max_length)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_LONG_FORMAT);
      g_autofree char *limit = g_format_size (self.limits->max_length);

      g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE,
                   _("1:1: the document is %s; documents larger than %s are refused"), size, limit);
      return NULL;
    }

  if (list != NULL)
    self.spans = g_array_new (FALSE, FALSE, sizeof (BrJsonSpan));
  root = parse_document (&self);
  if (root != NULL && self.list_found && spans != NULL)
    *spans = g_steal_pointer (&self.spans);
  g_clear_pointer (&self.spans, g_array_unref);
  return root;
}

/**
 * br_json_parse:
 * @text: the JSON text, valid UTF-8 (see g_utf8_validate())
 * @length: its length in bytes
 * @error: return location for a %BR_DOC_ERROR_SYNTAX or
 *   %BR_DOC_ERROR_TOO_LARGE error
 *
 * br_json_parse_full() with %BR_JSON_LIMITS_DEFAULT and no list.
 *
 * Returns: (transfer full) (nullable): the sealed root node
 */
JsonNode *
br_json_parse (const char  *text,
               gsize        length,
               GError     **error)
{
  return br_json_parse_full (text, length, NULL, NULL, NULL, error);
}

/**
 * br_json_parse_with_list:
 * @text: the JSON text, valid UTF-8
 * @length: its length in bytes
 * @list: the name of a member of the root object
 * @spans: (out) (transfer full) (nullable): where the elements of the list are
 * @error: return location for a #BR_DOC_ERROR error
 *
 * br_json_parse_full() with %BR_JSON_LIMITS_DEFAULT and @list.
 *
 * Returns: (transfer full) (nullable): the sealed root node
 */
JsonNode *
br_json_parse_with_list (const char  *text,
                         gsize        length,
                         const char  *list,
                         GArray     **spans,
                         GError     **error)
{
  g_return_val_if_fail (list != NULL, NULL);
  g_return_val_if_fail (spans != NULL, NULL);

  return br_json_parse_full (text, length, NULL, list, spans, error);
}

/**
 * br_json_parse_shallow:
 * @text: the JSON text
 * @length: its length in bytes
 * @error: return location for a %BR_DOC_ERROR_SYNTAX or
 *   %BR_DOC_ERROR_TOO_LARGE error
 *
 * Checks the whole document like br_json_parse(), but builds only what a
 * root object holds directly as strings, numbers, true, false and null:
 * its lists and objects are left out. What kind of document a text is
 * ("format", "type") is read this way, at the cost of one pass over the
 * text and without building its tree.
 *
 * Returns: (transfer full) (nullable): the sealed root node
 */
JsonNode *
br_json_parse_shallow (const char  *text,
                       gsize        length,
                       GError     **error)
{
  BrJsonLimits limits = BR_JSON_LIMITS_DEFAULT;
  Parser self = { .text = text, .start = text, .p = text, .end = text + length, .last = text,
                  .shallow = TRUE, .limits = &limits, .error = error };

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  return parse_document (&self);
}
