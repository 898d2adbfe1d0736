/* test-plain-text.c — text from files and from the user shows as written
 *
 * FORMAT.md says a guide's strings are plain text, but libadwaita 1.2 rows
 * and toasts read their titles as Pango markup: a study item titled
 * "Caching & CDNs" showed as an empty Next up row, with GTK warnings, and
 * a save failure under a path with "&" as an empty toast. Here every
 * string of the built-in guide gets " & <i>A</i> < \"B\" >" added, and every
 * row of every page, library view, question card, the Round page and the
 * review sheet must show its title and subtitle exactly; with
 * G_DEBUG=fatal-warnings, a warning from GTK fails the test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "br-application.h"
#include "br-attempt.h"
#include "br-clock.h"
#include "br-json-write.h"
#include "br-plan-library.h"
#include "br-plan-page.h"
#include "br-progress.h"
#include "br-review-dialog.h"
#include "br-test-app.h"

/* Valid markup and invalid markup: either way, not what a row may show */
#define MARK " & <i>A</i> < \"B\" >"

static char *guide_path;

/* The guide's prose members; ids, references and kinds are left as they are */
static gboolean
is_prose (const char *member)
{
  static const char * const members[] = {
    "title", "overview", "summary", "in_design", "practices", "points", "prompts", "levels",
    "problem", "clarifying", "scale", "components", "deep_dives", "description", NULL,
  };

  return g_strv_contains (members, member);
}

static void mark_node (JsonNode *node, gboolean prose);

static void
mark_object (JsonObject *object)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &node))
    mark_node (node, is_prose (member));
}

static void
mark_node (JsonNode *node,
           gboolean  prose)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    mark_object (json_node_get_object (node));
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        mark_node (json_array_get_element (array, i), prose);
    }
  else if (prose && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_autofree char *text = g_strconcat (json_node_get_string (node), MARK, NULL);

      json_node_set_string (node, text);
    }
}

/* The built-in guide, with MARK after every string of prose */
static void
write_marked_guide (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (APP_PATH "content/guide.json", 0, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) marked = NULL;

  g_assert_no_error (error);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  mark_node (json_parser_get_root (parser), FALSE);
  marked = br_json_node_to_bytes (json_parser_get_root (parser), 0);
  g_file_set_contents (path, g_bytes_get_data (marked, NULL), g_bytes_get_size (marked), &error);
  g_assert_no_error (error);
}

/* Whether a label at or below @widget shows @text, exactly */
static gboolean
shows (GtkWidget  *widget,
       const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (shows (child, text))
      return TRUE;
  return FALSE;
}

static void
check_text (GtkWidget  *row,
            const char *text,
            guint      *n_marked)
{
  if (text == NULL || strstr (text, MARK) == NULL)
    return;
  if (!shows (row, text))
    g_error ("a row does not show “%s”", text);
  (*n_marked)++;
}

/* Every row below @widget that holds marked text shows it as it is, and
 * no label that has text shows none (what failed markup does) */
static void
check_rows (GtkWidget *widget,
            guint     *n_marked)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    check_text (widget, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), n_marked);
  if (ADW_IS_ACTION_ROW (widget))
    check_text (widget, adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), n_marked);
  if (ADW_IS_EXPANDER_ROW (widget))
    check_text (widget, adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (widget)), n_marked);
  if (GTK_IS_LABEL (widget) && gtk_label_get_label (GTK_LABEL (widget))[0] != '\0')
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (widget)), !=, "");

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    check_rows (child, n_marked);
}

/* Opens every expander row: some build their rows on first opening */
static void
expand_all (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    expand_all (child);
}

static guint
check_shown (GtkWidget *root)
{
  guint n_marked = 0;

  expand_all (root);
  br_test_pump ();
  check_rows (root, &n_marked);
  return n_marked;
}

static void
plain_text_body (BrApplication *app,
                 BrWindow      *window)
{
  BrGuide *guide = br_application_get_guide (app);
  BrPlanPage *plan = BR_PLAN_PAGE (br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE));
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (guide), 0);
  g_autoptr(BrBlock) first_block = g_list_model_get_item (br_guide_get_blocks (guide), 0);
  g_autoptr(BrStudyItem) first_item = g_list_model_get_item (br_block_get_items (first_block), 0);
  g_autoptr(BrPracticeHistory) history = br_practice_history_new (NULL);
  g_autoptr(BrPracticeSession) session = br_practice_session_new (history);
  g_autoptr(BrFakeClock) clock = br_fake_clock_new (G_USEC_PER_SEC);
  g_autoptr(BrRound) round = NULL;
  g_autoptr(GError) failure = NULL;
  g_autofree char *saved = NULL;
  const BrLibraryView *views;
  BrReviewDialog *review;
  guint n_views;

  /* It is the marked guide that is shown */
  g_assert_nonnull (br_guide_get_file (guide));
  g_assert_nonnull (strstr (br_guide_entry_get_title (BR_GUIDE_ENTRY (question)), MARK));

  /* The Plan page: where we are, Next up (the first item, "Caching & CDNs"
   * in the report), the blocks and their items */
  g_assert_cmpuint (check_shown (GTK_WIDGET (window)), >=, 20);
  g_assert_nonnull (br_test_find_row (GTK_WIDGET (plan), br_guide_entry_get_title (BR_GUIDE_ENTRY (first_item))));
  g_assert_true (shows (GTK_WIDGET (plan), br_guide_entry_get_title (BR_GUIDE_ENTRY (first_item))));

  /* Every library view, the question bank, a question's card */
  views = br_plan_library_get_views (&n_views);
  for (guint i = 0; i < n_views; i++)
    {
      g_assert_true (br_plan_page_show (plan, views[i].name));
      g_assert_cmpuint (check_shown (GTK_WIDGET (window)), >, 0);
    }
  g_assert_true (br_plan_page_show (plan, "questions"));
  g_assert_cmpuint (check_shown (GTK_WIDGET (window)), >, 0);
  g_assert_true (br_plan_page_show (plan, br_guide_entry_get_id (BR_GUIDE_ENTRY (question))));
  g_assert_cmpuint (check_shown (GTK_WIDGET (window)), >, 0);

  /* The Round page: the phases and their prompts */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "round");
  g_assert_cmpuint (check_shown (GTK_WIDGET (window)), >, 0);

  /* The review sheet of a practice round: rubric levels, principles */
  round = br_round_new (br_guide_get_phases (guide), BR_CLOCK (clock));
  br_practice_session_set_guide (session, guide);
  br_practice_session_set_round (session, round);
  br_practice_session_start (session, question, 45);
  g_assert_true (br_practice_session_end (session));
  review = br_review_dialog_new (session);
  gtk_window_set_transient_for (GTK_WINDOW (review), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (review));
  g_assert_cmpuint (check_shown (GTK_WIDGET (review)), >, 0);
  gtk_window_destroy (GTK_WINDOW (review));

  /* A change that could not be saved, under a path with "&": the toast
   * says so in full */
  g_set_error_literal (&failure, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                       "/home/tom/Tom & Jerry <work>/progress.json: No space left on device");
  g_signal_emit_by_name (br_progress_get_store (br_application_get_progress (app)), "save-failed", failure);
  br_test_pump ();
  saved = g_strdup_printf ("Your change could not be saved: %s", failure->message);
  g_assert_true (shows (GTK_WIDGET (window), saved));
}

static void
test_plain_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("br-plain-text-XXXXXX", &error);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_assert_no_error (error);
  guide_path = g_build_filename (dir, "guide.json", NULL);
  write_marked_guide (guide_path);
  g_settings_set_string (settings, "guide-file", guide_path);

  br_test_run_in_app (plain_text_body);

  g_settings_reset (settings, "guide-file");
  g_assert_no_errno (g_remove (guide_path));
  g_assert_no_errno (g_rmdir (dir));
  g_clear_pointer (&guide_path, g_free);
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);
  /* Said again here: any warning fails */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  g_test_add_func ("/plain-text/guide-and-toasts", test_plain_text);

  return g_test_run ();
}
