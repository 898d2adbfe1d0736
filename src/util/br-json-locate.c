/* br-json-locate.c — finding places in JSON text
 *
 * A parsed JsonNode tree forgets where each value was. Only when
 * something is wrong does this scanner walk the original (already
 * well-formed) text again to turn a JSON path into a line and a column, so
 * the happy path costs nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-json-reader.h"

typedef struct {
  const char *p;
  const char *end;
} Scan;

static void
scan_ws (Scan *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

/* Reads a JSON string at s->p (which is at the opening quote) and returns
 * it decoded, or NULL when the text is not a string. */
static char *
scan_string (Scan *s)
{
  GString *out;

  if (s->p >= s->end || *s->p != '"')
    return NULL;
  s->p++;
  out = g_string_new (NULL);

  while (s->p < s->end && *s->p != '"')
    {
      if (*s->p == '\\' && s->p + 1 < s->end)
        {
          char c = s->p[1];
          s->p += 2;
          switch (c)
            {
            case 'b': g_string_append_c (out, '\b'); break;
            case 'f': g_string_append_c (out, '\f'); break;
            case 'n': g_string_append_c (out, '\n'); break;
            case 'r': g_string_append_c (out, '\r'); break;
            case 't': g_string_append_c (out, '\t'); break;
            case 'u':
              {
                gunichar u = 0;
                int i;

                for (i = 0; i < 4 && s->p < s->end && g_ascii_isxdigit (*s->p); i++, s->p++)
                  u = u * 16 + g_ascii_xdigit_value (*s->p);
                if (u >= 0xD800 && u < 0xDC00 && s->end - s->p >= 6 &&
                    s->p[0] == '\\' && s->p[1] == 'u')
                  {
                    gunichar lo = 0;
                    const char *q = s->p + 2;

                    for (i = 0; i < 4 && g_ascii_isxdigit (q[i]); i++)
                      lo = lo * 16 + g_ascii_xdigit_value (q[i]);
                    if (i == 4 && lo >= 0xDC00 && lo < 0xE000)
                      {
                        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                        s->p = q + 4;
                      }
                  }
                if (g_unichar_validate (u) && u != 0)
                  g_string_append_unichar (out, u);
              }
              break;
            default:
              g_string_append_c (out, c);
              break;
            }
        }
      else
        g_string_append_c (out, *s->p++);
    }

  if (s->p < s->end)
    s->p++; /* closing quote */

  return g_string_free (out, FALSE);
}

static void
scan_skip_value (Scan *s)
{
  int depth = 0;

  scan_ws (s);
  do
    {
      if (s->p >= s->end)
        return;
      switch (*s->p)
        {
        case '"':
          g_free (scan_string (s));
          break;
        case '{': case '[':
          depth++;
          s->p++;
          break;
        case '}': case ']':
          depth--;
          s->p++;
          break;
        default:
          if (depth == 0)
            {
              while (s->p < s->end && !strchr (",}] \t\r\n", *s->p))
                s->p++;
              return;
            }
          s->p++;
          break;
        }
    }
  while (depth > 0);
}

/* Parses the next segment of a path string ("$.a[2]["b c"]"). */
static gboolean
next_segment (const char **path,
              char       **member,
              guint       *index)
{
  const char *p = *path;

  *member = NULL;
  if (*p == '.')
    {
      const char *start = ++p;
      while (*p && *p != '.' && *p != '[')
        p++;
      *member = g_strndup (start, p - start);
    }
  else if (p[0] == '[' && p[1] == '"')
    {
      Scan s = { p + 1, p + strlen (p) };
      *member = scan_string (&s);
      p = s.p;
      if (*p != ']')
        {
          g_clear_pointer (member, g_free);
          return FALSE;
        }
      p++;
    }
  else if (*p == '[')
    {
      guint64 v = g_ascii_strtoull (p + 1, (char **) &p, 10);
      if (*p != ']' || v > G_MAXUINT)
        return FALSE;
      *index = (guint) v;
      p++;
    }
  else
    return FALSE;

  *path = p;
  return TRUE;
}

/**
 * br_json_locate:
 * @text: the JSON text, already known to be well-formed
 * @length: its length in bytes
 * @path: a JSON path as the reader formats it ("$.questions[3].title")
 * @line: (out): 1-based line of the value's first character
 * @column: (out): 1-based column, counted in characters
 *
 * Finds where the value at @path starts in @text. When a member is missing,
 * the location of the deepest value that exists is returned.
 *
 * Returns: %TRUE if the whole path was found
 */
gboolean
br_json_locate (const char *text,
                gsize       length,
                const char *path,
                guint      *line,
                guint      *column)
{
  Scan s = { text, text + length };
  const char *value_start;
  gboolean found = TRUE;

  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    s.p = text += 3; /* the parser skips a byte order mark; columns do too */
  scan_ws (&s);
  value_start = s.p;

  if (*path == '$')
    path++;

  while (*path)
    {
      g_autofree char *member = NULL;
      guint index = 0;
      gboolean matched = FALSE;

      if (!next_segment (&path, &member, &index))
        {
          found = FALSE;
          break;
        }

      s.p = value_start;
      if (member != NULL && s.p < s.end && *s.p == '{')
        {
          s.p++;
          for (;;)
            {
              g_autofree char *key = NULL;

              scan_ws (&s);
              key = scan_string (&s);
              if (key == NULL)
                break;
              scan_ws (&s);
              if (s.p < s.end && *s.p == ':')
                s.p++;
              scan_ws (&s);
              if (g_strcmp0 (key, member) == 0)
                {
                  /* Last one wins, as in the parser */
                  value_start = s.p;
                  matched = TRUE;
                }
              scan_skip_value (&s);
              scan_ws (&s);
              if (s.p < s.end && *s.p == ',')
                s.p++;
              else
                break;
            }
        }
      else if (member == NULL && s.p < s.end && *s.p == '[')
        {
          s.p++;
          for (guint i = 0;; i++)
            {
              scan_ws (&s);
              if (s.p >= s.end || *s.p == ']')
                break;
              if (i == index)
                {
                  value_start = s.p;
                  matched = TRUE;
                  break;
                }
              scan_skip_value (&s);
              scan_ws (&s);
              if (s.p < s.end && *s.p == ',')
                s.p++;
              else
                break;
            }
        }

      if (!matched)
        {
          found = FALSE;
          break;
        }
    }

  br_doc_locate_byte (text, value_start - text, value_start, line, column);
  return found;
}
