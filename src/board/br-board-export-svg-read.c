/* br-board-export-svg-read.c — finding the board inside an SVG image
 *
 * An export puts the .brboard document, base64-encoded, in a
 * <bar-raiser-board> element in <metadata> (br-board-export-svg.c). The
 * image may have been through another program since, so this is not a
 * strict XML parser: a small scanner walks the markup, skipping comments,
 * CDATA sections, processing instructions and the DOCTYPE (with its
 * internal subset), and looks at each start tag's local name, with any
 * namespace prefix. Every step is bounded by the end of the data, and
 * the base64 text is checked before it is decoded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-board-export-private.h"
#include "br-board-file.h"
#include "br-doc-error.h"

/* Sets a "damaged" error at @at's line and column; returns NULL */
static gpointer
damaged (GError    **error,
         const char *data,
         const char *at,
         const char *what)
{
  guint line, column;

  br_doc_locate_byte (data, at - data, at, &line, &column);
  /* Translators: %u:%u is a line and a column; %s says what is wrong */
  g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_CORRUPT,
               _("The SVG image is damaged at %u:%u: %s"), line, column, what);
  return NULL;
}

static gboolean
is_name_end (char c)
{
  return c == '>' || c == '/' || g_ascii_isspace (c);
}

/* The board's base64 text, from just after its start tag */
static BrBoard *
decode_board (const char  *data,
              const char  *content,
              const char  *end,
              GError     **error)
{
  const char *stop = memchr (content, '<', end - content);
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  gsize n_padding = 0, size;
  guchar *decoded;

  if (stop == NULL)
    return damaged (error, data, end, _("the file ends inside the board"));
  for (const char *p = content; p < stop; p++)
    {
      if (g_ascii_isspace (*p))
        continue;
      if (!(g_ascii_isalnum (*p) || *p == '+' || *p == '/' || *p == '=') || (n_padding > 0 && *p != '='))
        return damaged (error, data, p, _("the board is not valid base64"));
      n_padding += *p == '=';
      g_string_append_c (clean, *p);
    }
  if (clean->len == 0 || clean->len % 4 != 0 || n_padding > 2)
    return damaged (error, data, stop, _("the board is not valid base64"));
  if (clean->len / 4 * 3 > BR_BOARD_MAX_FILE_SIZE + 2)
    {
      g_autofree char *limit = g_format_size (BR_BOARD_MAX_FILE_SIZE);

      g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_TOO_LARGE,
                   _("The board in the image is larger than %s, the most a board may be"), limit);
      return NULL;
    }

  decoded = g_base64_decode (clean->str, &size);
  bytes = g_bytes_new_take (decoded, size);
  return br_board_parse (bytes, error);
}

BrBoard *
_br_export_svg_extract (GBytes  *bytes,
                        GError **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end = data + size, *p = data;
  gboolean seen_svg = FALSE;

  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      const char *close = NULL, *name, *local;
      char quote = 0;

      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        close = _br_export_find (p + 4, end, "-->");
      else if (end - p >= 9 && memcmp (p, "<![CDATA[", 9) == 0)
        close = _br_export_find (p + 9, end, "]]>");
      else if (end - p >= 2 && p[1] == '?')
        close = _br_export_find (p + 2, end, "?>");
      else if (end - p >= 2 && p[1] == '!')
        {
          /* <!DOCTYPE ...>, with an internal subset in [...] */
          int depth = 0;

          for (const char *q = p + 2; q < end && close == NULL; q++)
            if (*q == '[')
              depth++;
            else if (*q == ']' && depth > 0)
              depth--;
            else if (*q == '>' && depth == 0)
              close = q;
        }
      else
        {
          for (const char *q = p + 1; q < end && close == NULL; q++)
            if (quote != 0)
              quote = *q == quote ? 0 : quote;
            else if (*q == '"' || *q == '\'')
              quote = *q;
            else if (*q == '>')
              close = q;
        }
      if (close == NULL)
        return damaged (error, data, p, _("this markup never ends"));

      /* A start tag: is it the root, or the board? */
      name = p + 1;
      if (name < close && *name != '/' && *name != '!' && *name != '?')
        {
          const char *name_end = name;

          while (name_end < close && !is_name_end (*name_end))
            name_end++;
          local = name;
          for (const char *q = name; q < name_end; q++)
            if (*q == ':')
              local = q + 1;
          if (name_end - local == 3 && memcmp (local, "svg", 3) == 0)
            seen_svg = TRUE;
          else if ((gsize) (name_end - local) == strlen (BR_EXPORT_KEYWORD) &&
                   memcmp (local, BR_EXPORT_KEYWORD, name_end - local) == 0)
            {
              if (close[-1] == '/')
                return damaged (error, data, p, _("the board is empty"));
              return decode_board (data, close + 1, end, error);
            }
        }
      p = close + 1;
    }

  if (!seen_svg)
    g_set_error_literal (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_UNKNOWN_FORMAT,
                         _("This file is neither a PNG nor an SVG image"));
  else
    g_set_error_literal (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_NO_BOARD,
                         _("This image holds no Bar Raiser board"));
  return NULL;
}
