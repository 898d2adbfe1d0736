/* fuzz-json-locate.c — libFuzzer target for br_json_locate()
 *
 * The input's first line is a JSON path, the rest is the text to look in.
 * br_json_locate() is only ever given well-formed JSON by the reader, but it
 * must stay inside the text (and the path) whatever it is given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "br-json-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *input = (const char *) data;
  const char *newline = memchr (input, '\n', size);
  g_autofree char *path = NULL;
  const char *text;
  gsize length;
  guint line = 0, column = 0;

  if (newline == NULL)
    return 0;

  /* The path is a C string: it stops at the first NUL, if any */
  path = g_strndup (input, newline - input);
  text = newline + 1;
  length = size - (text - input);

  br_json_locate (text, length, path, &line, &column);
  g_assert (line >= 1);
  g_assert (column >= 1);
  g_assert (line <= length + 1);
  g_assert (column <= length + 1);
  return 0;
}
