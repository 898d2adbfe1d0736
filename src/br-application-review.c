/* br-application-review.c — reviewing a design on the command line
 *
 *   bar-raiser --review BOARD [--json] [--load-multiplier X]
 *              [--fail-on warning|error]
 *                             prints the typed components, their load,
 *                             utilisation, latency and availability, the
 *                             break point and the findings, then the
 *                             board's estimate notes, and exits
 *
 * BOARD is a .brboard file, an .excalidraw drawing or an image with a
 * board inside. The exit status is 0 when the review ran, 1 when the file
 * cannot be read, 2 for a wrong option, and 3 with --fail-on when a
 * finding of that severity or worse exists, so that the review can guard
 * an architecture document in a repository's continuous integration.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bar-raiser"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "br-application-private.h"
#include "br-board-load.h"
#include "br-estimate-notes.h"
#include "br-json-write.h"
#include "br-review.h"

#define EXIT_UNREADABLE 1
#define EXIT_USAGE 2
#define EXIT_FINDINGS 3

#define MIN_MULTIPLIER 0.1
#define MAX_MULTIPLIER 100.0

/* A decimal number in the C locale, all of @text: "2.5", not "2,5x" */
static gboolean
parse_multiplier (const char *text,
                  double     *out)
{
  char *end = NULL;
  double value;

  if (text == NULL || text[0] == '\0' || g_ascii_isspace (text[0]))
    return FALSE;
  value = g_ascii_strtod (text, &end);
  if (end == NULL || *end != '\0' || !(value >= MIN_MULTIPLIER && value <= MAX_MULTIPLIER))
    return FALSE;
  *out = value;
  return TRUE;
}

/* The review's document, with the board's estimate notes as "estimates"
 * (an empty list when it has none) */
static char *
review_json_with_estimates (BrReview *review,
                            BrBoard  *board)
{
  g_autofree char *text = br_review_to_json (review);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  GString *out;

  root = json_from_string (text, &error);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_warning ("The review's document is not a JSON object: %s", error ? error->message : "");
      return g_steal_pointer (&text);
    }
  json_object_set_member (json_node_get_object (root), "estimates", br_board_estimates_to_json (board));
  /* Written by the app's one JSON writer, without its final newline:
   * the caller ends the line */
  out = g_string_new (NULL);
  br_json_write_node (out, root, 2);
  g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/**
 * _br_application_review_command_line:
 * @board_path: the board file, as given
 * @json: print JSON rather than text
 * @multiplier_text: (nullable): --load-multiplier's value
 * @fail_on_text: (nullable): --fail-on's value
 *
 * Returns: the exit status
 */
int
_br_application_review_command_line (const char *board_path,
                                     gboolean    json,
                                     const char *multiplier_text,
                                     const char *fail_on_text)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(BrBoard) board = NULL;
  g_autoptr(BrReference) reference = NULL;
  g_autoptr(BrReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  BrReviewSeverity fail_on = BR_REVIEW_ERROR;
  double multiplier = 1.0;

  if (multiplier_text != NULL && !parse_multiplier (multiplier_text, &multiplier))
    {
      g_printerr (_("%s: --load-multiplier must be a number from %g to %g, as in 2.5: “%s”\n"), "bar-raiser",
                  MIN_MULTIPLIER, MAX_MULTIPLIER, multiplier_text);
      return EXIT_USAGE;
    }
  if (fail_on_text != NULL &&
      (!br_review_severity_from_string (fail_on_text, &fail_on) || fail_on == BR_REVIEW_INFO))
    {
      g_printerr (_("%s: --fail-on must be “warning” or “error”: “%s”\n"), "bar-raiser", fail_on_text);
      return EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (board_path);
  board = br_board_load (file, NULL, NULL, NULL, &error);
  if (board == NULL)
    {
      g_printerr ("%s: %s\n", "bar-raiser", error->message);
      return EXIT_UNREADABLE;
    }
  reference = br_reference_new_builtin (&error);
  if (reference == NULL)
    {
      g_printerr ("%s: %s\n", "bar-raiser", error->message);
      return EXIT_UNREADABLE;
    }

  review = br_review_new (board, reference, multiplier, NULL);
  if (json)
    {
      /* UTF-8 whatever the terminal's locale: it is for programs */
      out = review_json_with_estimates (review, board);
      fwrite (out, 1, strlen (out), stdout);
      fputc ('\n', stdout);
      fflush (stdout);
    }
  else
    {
      g_autofree char *estimates = br_board_estimates_to_text (board);

      out = br_review_to_text (review);
      g_print ("%s", out);
      if (estimates != NULL)
        g_print ("\n%s", estimates);
    }

  if (fail_on_text != NULL && br_review_has_finding (review, fail_on))
    return EXIT_FINDINGS;
  return 0;
}
