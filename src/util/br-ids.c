/* br-ids.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-ids.h"

/**
 * br_id_is_slug:
 * @text: (nullable): what to check
 *
 * The ids of the guide's content ("cap-theorem" in "items/cap-theorem"):
 * lowercase ASCII words and numbers joined by single hyphens.
 *
 * Returns: whether @text is such a slug
 */
gboolean
br_id_is_slug (const char *text)
{
  gboolean after_hyphen = TRUE;

  if (text == NULL || *text == '\0')
    return FALSE;
  for (gsize n = 0; text[n]; n++)
    {
      if (text[n] == '-')
        {
          if (after_hyphen)
            return FALSE;
          after_hyphen = TRUE;
        }
      else if (g_ascii_islower (text[n]) || g_ascii_isdigit (text[n]))
        after_hyphen = FALSE;
      else
        return FALSE;
    }
  return !after_hyphen;
}

/**
 * br_id_is_name:
 * @text: (nullable): what to check
 *
 * The ids the app makes up or imports for the user's things (board items,
 * groups, drafts): 1 to %BR_ID_MAX_LENGTH ASCII letters, digits, hyphens
 * and underscores, so they are safe in a file name and in a JSON path.
 *
 * Returns: whether @text is such a name
 */
gboolean
br_id_is_name (const char *text)
{
  gsize n = 0;

  if (text == NULL)
    return FALSE;
  for (; text[n]; n++)
    if (n >= BR_ID_MAX_LENGTH || !(g_ascii_isalnum (text[n]) || text[n] == '-' || text[n] == '_'))
      return FALSE;
  return n > 0;
}
