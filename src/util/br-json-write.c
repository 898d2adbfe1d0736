/* br-json-write.c
 *
 * The board and drawing writers build their JSON text themselves:
 * json-glib's generator writes some doubles as invalid JSON ("1e-13.0"),
 * and it is several times slower on a large board.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "br-json-write.h"

/**
 * br_json_write_string:
 * @value: UTF-8 text
 *
 * Appends @value to @out as a JSON string, quoted and escaped.
 */
void
br_json_write_string (GString    *out,
                      const char *value)
{
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

/**
 * br_json_write_double:
 *
 * Appends the shortest text that reads back to the same double, always
 * valid JSON (g_ascii_dtostr() writes "1e-13", never "1e-13.0"); -0 and
 * what is not a finite number are written as 0.
 */
void
br_json_write_double (GString *out,
                      double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == 0 || !isfinite (value))
    value = 0;
  g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, value));
}
