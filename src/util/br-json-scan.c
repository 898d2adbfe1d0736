/* br-json-scan.c — the strict JSON parser's strings, numbers and words
 *
 * What br-json-parse.c finds inside lists and objects: strings decoded
 * (escapes, surrogate pairs, no raw control characters), numbers as JSON
 * writes them, and the bare words true, false and null.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-doc-error.h"
#include "br-json-parse-private.h"

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
gboolean
_br_json_read_string (Parser  *self,
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
        return _br_json_fail (self, end,
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
            return _br_json_fail (self, p,
                         _("the file ends in the middle of a string; was it cut short? (the file is not well-formed JSON)"));
          return _br_json_fail (self, p,
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
              return _br_json_fail (self, p,
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
              return _br_json_fail (self, p,
                           _("the escape stands for half of a character pair (a lone surrogate), which is not text"));
            if (out != NULL)
              g_string_append_unichar (out, v);
            p += 4;
          }
          break;
        default:
          return _br_json_fail (self, p,
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

  return _br_json_fail (self, at,
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

gboolean
_br_json_parse_number (Parser    *self,
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

gboolean
_br_json_parse_word (Parser    *self,
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

  return _br_json_fail (self, self->last,
               _("expected a value but found the word “%.*s%s”: text goes inside double quotes, "
                 "and the only bare words are true, false and null (the file is not well-formed JSON)"),
               (int) MIN (n, 40), w, n > 40 ? "…" : "");
}
