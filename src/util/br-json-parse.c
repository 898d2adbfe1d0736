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
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-doc-error.h"
#include "br-json-parse.h"

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
  guint line = 1, column = 1;

  for (const char *p = self->start; p < at && p < self->end; p++)
    {
      if (*p == '\n')
        {
          line++;
          column = 1;
        }
      else if (((guchar) *p & 0xC0) != 0x80)
        column++;
    }

  what = g_strdup_vprintf (format, args);
  g_set_error (self->error, BR_DOC_ERROR, code, "%u:%u: %s", line, column, what);
  return FALSE;
}

static gboolean
fail (Parser     *self,
      const char *at,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Parser     *self,
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
  return fail (self, self->last,
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
  return fail (self, at, _("expected a value but found %s (the file is not well-formed JSON)"), shown);
}

/* ---------------------------------------------------------------------- */
/* Strings                                                                 */

static int
hex4 (const char *p,
      const char *end)
{
  int v = 0;

  if (end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isxdigit (p[i]))
        return -1;
      v = v * 16 + g_ascii_xdigit_value (p[i]);
    }
  return v;
}

static char
unescape (char c)
{
  switch (c)
    {
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return c;
    }
}

/* Reads the string at self->p (its opening quote) and appends its text to
 * @out, or only checks it when @out is %NULL. A \u0000 ends the text
 * there, as it did with json-glib. */
static gboolean
read_string (Parser  *self,
             GString *out)
{
  const char *p = self->p + 1;
  const char *end = self->end;

  for (;;)
    {
      const char *run = p;

      while (p < end && *p != '"' && *p != '\\' && (guchar) *p >= 0x20)
        p++;
      if (out != NULL)
        g_string_append_len (out, run, p - run);

      if (p >= end || (*p == '\\' && p + 1 >= end))
        return fail (self, end,
                     _("the file ends in the middle of a string; was it cut short? (the file is not well-formed JSON)"));

      if (*p == '"')
        {
          self->last = p;
          self->p = p + 1;
          return TRUE;
        }

      if ((guchar) *p < 0x20)
        {
          const char *q = p;

          /* Only white space left: the file was cut off inside a string */
          while (q < end && g_ascii_isspace (*q))
            q++;
          if (q == end)
            return fail (self, p,
                         _("the file ends in the middle of a string; was it cut short? (the file is not well-formed JSON)"));
          return fail (self, p,
                       _("a control character inside a string must be written as an escape (the file is not well-formed JSON)"));
        }

      /* A backslash */
      switch (p[1])
        {
        case '"': case '\\': case '/':
        case 'b': case 'f': case 'n': case 'r': case 't':
          if (out != NULL)
            g_string_append_c (out, unescape (p[1]));
          break;
        case 'u':
          {
            int v = hex4 (p + 2, end);

            if (v < 0)
              return fail (self, p,
                           _("this backslash does not start a valid escape (the file is not well-formed JSON)"));
            if (v >= 0xD800 && v <= 0xDBFF)
              {
                int low = (end - p >= 12 && p[6] == '\\' && p[7] == 'u') ? hex4 (p + 8, end) : -1;

                if (low < 0xDC00 || low > 0xDFFF)
                  v = -1;
                else
                  {
                    v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                  }
              }
            else if (v >= 0xDC00 && v <= 0xDFFF)
              v = -1;
            if (v < 0)
              return fail (self, p,
                           _("the escape stands for half of a character pair (a lone surrogate), which is not text"));
            if (out != NULL)
              g_string_append_unichar (out, v);
            p += 4;
          }
          break;
        default:
          return fail (self, p,
                       _("this backslash does not start a valid escape (the file is not well-formed JSON)"));
        }
      p += 2;
    }
}

/* ---------------------------------------------------------------------- */
/* Numbers and words                                                       */

static gboolean
fail_number (Parser     *self,
             const char *q)
{
  /* At the character that spoils the number, or at its last one when the
   * number stops too early ("1e}") */
  const char *at = (q < self->end && is_number_char (*q)) ? q : q - 1;

  return fail (self, at,
               _("this is not a number as JSON writes them (the file is not well-formed JSON)"));
}

static JsonNode *
number_node (const char *s,
             gsize       length,
             gboolean    is_integer,
             guint       digits,
             guint       fraction_digits,
             int         exponent)
{
  static const double powers[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  };
  JsonNode *node = json_node_alloc ();
  gboolean negative = *s == '-';
  char buffer[64];
  g_autofree char *copy = NULL;
  const char *c;
  double value;

  /* Up to 18 digits fit in a gint64; up to 15 digits with a power of ten
   * up to 22 give an exactly rounded double by one multiplication or
   * division (Clinger's fast path) */
  if ((is_integer && digits <= 18) ||
      (!is_integer && digits <= 15 &&
       exponent - (int) fraction_digits >= -22 && exponent - (int) fraction_digits <= 22))
    {
      guint64 m = 0;
      int e;

      for (c = s; c < s + length && *c != 'e' && *c != 'E'; c++)
        if (g_ascii_isdigit (*c))
          m = m * 10 + (guint64) (*c - '0');
      if (is_integer)
        return json_node_init_int (node, negative ? -(gint64) m : (gint64) m);

      e = exponent - (int) fraction_digits;
      value = e < 0 ? (double) m / powers[-e] : (double) m * powers[e];
      return json_node_init_double (node, negative ? -value : value);
    }

  if (length < sizeof buffer)
    {
      memcpy (buffer, s, length);
      buffer[length] = '\0';
      c = buffer;
    }
  else
    c = copy = g_strndup (s, length);

  /* Beyond a gint64, a whole number saturates to G_MININT64 or G_MAXINT64,
   * and beyond a double a number becomes ±infinity: values outside the
   * range of every loader, which say so */
  if (is_integer)
    return json_node_init_int (node, g_ascii_strtoll (c, NULL, 10));
  value = g_ascii_strtod (c, NULL);
  return json_node_init_double (node, value);
}

static gboolean
parse_number (Parser    *self,
              JsonNode **out)
{
  const char *s = self->p, *q = s, *end = self->end;
  guint digits = 0, fraction_digits = 0;
  gboolean is_integer = TRUE;
  int exponent = 0;

  if (*q == '-')
    q++;
  if (q >= end || !g_ascii_isdigit (*q))
    return fail_number (self, q);
  if (*q == '0')
    q++, digits++;
  else
    while (q < end && g_ascii_isdigit (*q))
      q++, digits++;

  if (q < end && *q == '.')
    {
      is_integer = FALSE;
      q++;
      if (q >= end || !g_ascii_isdigit (*q))
        return fail_number (self, q);
      while (q < end && g_ascii_isdigit (*q))
        q++, digits++, fraction_digits++;
    }

  if (q < end && (*q == 'e' || *q == 'E'))
    {
      gboolean negative = FALSE;

      is_integer = FALSE;
      q++;
      if (q < end && (*q == '+' || *q == '-'))
        negative = *q++ == '-';
      if (q >= end || !g_ascii_isdigit (*q))
        return fail_number (self, q);
      while (q < end && g_ascii_isdigit (*q))
        {
          if (exponent < 100000)
            exponent = exponent * 10 + (*q - '0');
          q++;
        }
      if (negative)
        exponent = -exponent;
    }

  if (q < end && is_number_char (*q))
    return fail_number (self, q);

  self->last = q - 1;
  self->p = q;
  if (out != NULL)
    *out = number_node (s, q - s, is_integer, digits, fraction_digits, exponent);
  return TRUE;
}

static gboolean
parse_word (Parser    *self,
            JsonNode **out)
{
  const char *w = self->p;
  gsize n = 0;

  while (w + n < self->end && is_word_char (w[n]))
    n++;
  self->last = w + n - 1;
  self->p = w + n;

  if ((n == 4 && memcmp (w, "true", 4) == 0) || (n == 5 && memcmp (w, "false", 5) == 0))
    {
      if (out != NULL)
        *out = json_node_init_boolean (json_node_alloc (), *w == 't');
      return TRUE;
    }
  if (n == 4 && memcmp (w, "null", 4) == 0)
    {
      if (out != NULL)
        *out = json_node_init_null (json_node_alloc ());
      return TRUE;
    }

  return fail (self, self->last,
               _("expected a value but found the word “%.*s%s”: text goes inside double quotes, "
                 "and the only bare words are true, false and null (the file is not well-formed JSON)"),
               (int) MIN (n, 40), w, n > 40 ? "…" : "");
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
          return fail (self, self->last,
                       _("expected a member name in double quotes after this (the file is not well-formed JSON)"));
        if (!read_string (self, object ? self->keys : NULL))
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
          return fail (self, self->last,
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
          return fail (self, self->last,
                       _("expected “,” or “}” after this value (the file is not well-formed JSON)"));
        self->last = self->p++;
        skip_space (self);
        if (self->p < self->end && *self->p == '}')
          return fail (self, self->last,
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
    return fail (self, self->last,
                 _("expected “,” or “]” after this value (the file is not well-formed JSON)"));
  self->last = self->p++;
  skip_space (self);
  if (self->p < self->end && *self->p == ']')
    return fail (self, self->last,
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
    return fail (self, self->last,
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
        if (!read_string (self, out ? self->scratch : NULL))
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
      return parse_number (self, out);
    default:
      if (out != NULL && !charge (self, 1, COST_NODE))
        return FALSE;
      if (g_ascii_isalpha (*self->p) || *self->p == '_')
        return parse_word (self, out);
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
      fail (self, self->p,
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
