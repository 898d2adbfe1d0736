/* test-card-arithmetic.c — every card's worked numbers against the estimator
 *
 * Each practice card of the built-in guide states the estimator's inputs
 * and some of the figures they give. This test loads each card's inputs
 * into a BrEstimate and checks every figure the card states: the same
 * number to three significant figures, in the same unit as the estimator
 * writes it. A mismatch fails the test with a line naming the card, the
 * figure, what the card says and what the estimator computes.
 *
 * tests/data/guide/altered-card.json holds a copy of a built-in card with
 * two of its figures deliberately altered (one in its value, one in its
 * unit), so that the check is seen to fail, with those lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-estimate.h"
#include "br-guide.h"
#include "br-test-fixtures.h"

/* Every input of one card is one the estimator reads without an error */
static void
check_inputs (BrEstimate *estimate,
              const char *title,
              GPtrArray  *mismatches)
{
  for (guint i = 0; i < BR_ESTIMATE_N_INPUTS; i++)
    {
      const char *problem = br_estimate_get_input_error (estimate, (BrEstimateInput) i);

      if (problem != NULL)
        g_ptr_array_add (mismatches, g_strdup_printf ("%s: input %s: %s", title,
                                                      br_estimate_input_key ((BrEstimateInput) i),
                                                      problem));
    }
}

/* Checks one card; returns how many figures it states */
static guint
check_card (BrQuestion *question,
            GPtrArray  *mismatches)
{
  const char *title = br_guide_entry_get_title (BR_GUIDE_ENTRY (question));
  const char * const *inputs = br_question_get_estimate_inputs (question);
  const char * const *figures = br_question_get_estimate_figures (question);
  g_autoptr(BrEstimate) estimate = br_estimate_new ();
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (inputs == NULL)
    {
      g_ptr_array_add (mismatches, g_strdup_printf ("%s: the card has no worked numbers", title));
      return 0;
    }
  if (!br_estimate_set_pairs (estimate, inputs, &error))
    {
      g_ptr_array_add (mismatches, g_strdup_printf ("%s: inputs: %s", title, error->message));
      return 0;
    }
  check_inputs (estimate, title, mismatches);

  for (; figures != NULL && figures[n] != NULL; n++)
    {
      g_auto(GStrv) pair = g_strsplit (figures[n], "=", 2);
      BrEstimateOutput output;

      g_clear_error (&error);
      if (g_strv_length (pair) != 2)
        g_ptr_array_add (mismatches, g_strdup_printf ("%s: “%s” is not id=value", title, figures[n]));
      else if (!br_estimate_output_from_id (pair[0], &output))
        g_ptr_array_add (mismatches, g_strdup_printf ("%s: “%s” is not a figure of the estimator",
                                                      title, pair[0]));
      else if (!br_estimate_figure_agrees (estimate, output, pair[1], &error))
        g_ptr_array_add (mismatches, g_strdup_printf ("%s: %s", title, error->message));
    }
  if (n == 0)
    g_ptr_array_add (mismatches, g_strdup_printf ("%s: the card states no figure", title));

  g_assert_finalize_object (g_steal_pointer (&estimate));
  return n;
}

/* Every mismatch of every card of @guide, one line each, NULL-terminated */
static GStrv
check_guide (BrGuide *guide,
             guint   *n_figures)
{
  GListModel *questions = br_guide_get_questions (guide);
  GPtrArray *mismatches = g_ptr_array_new ();

  *n_figures = 0;
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(BrQuestion) question = g_list_model_get_item (questions, i);

      *n_figures += check_card (question, mismatches);
    }
  g_ptr_array_add (mismatches, NULL);
  return (GStrv) g_ptr_array_free (mismatches, FALSE);
}

/* Fails the running test, listing every mismatch */
static void
assert_cards_agree (BrGuide *guide)
{
  guint n_figures = 0;
  g_auto(GStrv) mismatches = check_guide (guide, &n_figures);

  g_test_message ("%u figures checked", n_figures);
  if (mismatches[0] != NULL)
    {
      g_autofree char *lines = g_strjoinv ("\n", mismatches);

      g_printerr ("%u of %u figures disagree with the estimator:\n%s\n",
                  g_strv_length (mismatches), n_figures, lines);
      g_test_fail_printf ("%u of %u figures disagree with the estimator", g_strv_length (mismatches), n_figures);
    }
}

static BrGuide *
load_altered (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "guide", "altered-card.json", NULL);
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  BrGuide *guide = br_guide_parse (bytes, &error);

  g_assert_no_error (error);
  return guide;
}

/* The 30 built-in cards, each with its worked numbers, all of them right */
static void
test_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrGuide) guide = br_guide_new_builtin (&error);
  GListModel *questions;

  g_assert_no_error (error);
  questions = br_guide_get_questions (guide);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 30);
  assert_cards_agree (guide);
}

/* The altered copy: exactly the two altered figures are found, each named
 * with its card, what the card says and what the estimator computes */
static void
test_altered_found (void)
{
  g_autoptr(BrGuide) guide = load_altered ();
  guint n_figures = 0;
  g_auto(GStrv) mismatches = check_guide (guide, &n_figures);

  g_assert_cmpuint (n_figures, ==, 7);
  g_assert_cmpstrv (mismatches, ((const char * const[]) {
    "Design Shopping Cart Service: peak-read-rps: the card says 45k/s, the estimate gives 43.4k/s",
    "Design Shopping Cart Service: storage-total: the card says 0.0203 PB, the estimate gives 20.3 TB",
    NULL }));
}

/* And the test the built-in guide passes fails on it */
static void
test_altered_fails (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(BrGuide) guide = load_altered ();

      assert_cards_agree (guide);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*2 of 7 figures disagree with the estimator:\n"
                             "Design Shopping Cart Service: peak-read-rps: the card says 45k/s, the estimate gives 43.4k/s\n"
                             "Design Shopping Cart Service: storage-total: *");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/card-arithmetic/builtin", test_builtin);
  g_test_add_func ("/card-arithmetic/altered/found", test_altered_found);
  g_test_add_func ("/card-arithmetic/altered/fails", test_altered_fails);

  return g_test_run ();
}
