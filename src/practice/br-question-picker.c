/* br-question-picker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <math.h>

#include "br-question-picker.h"

/*
 * The weight of a question is the product of three factors:
 *
 * - category: 5 - the average score of the attempts (among the newest
 *   BR_QUESTION_PICKER_WINDOW) at questions of the same category, averaged
 *   over their scored dimensions: from 1 (all scores 4) to 4 (all scores 1).
 *   A category without a scored attempt counts as 2.5, the middle.
 * - dimension: the user's weakest dimension over the same attempts; a
 *   question counts 1 + (4 - s) / 3 where s is its newest score on that
 *   dimension (from 1 to 2), 1.5 when it has none. With no weakest
 *   dimension yet, 1.
 * - recency: 3 for a question never practiced; 2.5 for one due again on
 *   @today or earlier; otherwise (practiced, not due) the days since its
 *   newest attempt / 14, between 0.1 and 1, so that what was just practiced
 *   comes back least.
 *
 * The draw walks the guide's questions in order with one
 * g_rand_double_range() call, so a seeded GRand gives the same pick.
 */

typedef struct {
  GHashTable *category_sum;    /* category id -> sum of attempt averages (double*) */
  GHashTable *category_count;  /* category id -> count */
  const char *weak_dimension;
  char **dimension_ids;
} Context;

static char **
dup_dimension_ids (BrGuide *guide)
{
  GListModel *rubric = br_guide_get_rubric (guide);
  guint n = g_list_model_get_n_items (rubric);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrGuideEntry) entry = g_list_model_get_item (rubric, i);

      g_strv_builder_add (builder, br_guide_entry_get_id (entry));
    }
  return g_strv_builder_end (builder);
}

static void
context_init (Context           *context,
              BrGuide           *guide,
              BrPracticeHistory *history)
{
  GListModel *attempts = br_practice_history_get_attempts (history);
  guint n = MIN (g_list_model_get_n_items (attempts), BR_QUESTION_PICKER_WINDOW);

  context->category_sum = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  context->category_count = g_hash_table_new (g_str_hash, g_str_equal);
  context->dimension_ids = dup_dimension_ids (guide);
  context->weak_dimension =
    br_practice_history_get_weakest_dimension (history, (const char * const *) context->dimension_ids,
                                               BR_QUESTION_PICKER_WINDOW, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (attempts, i);
      BrGuideEntry *entry = br_guide_lookup (guide, br_attempt_get_question_id (attempt));
      const char *category;
      double average;
      double *sum;

      if (!BR_IS_QUESTION (entry) || !br_attempt_get_average_score (attempt, &average))
        continue;

      /* Keys point into the guide, which outlives the context */
      category = br_guide_entry_get_id (BR_GUIDE_ENTRY (br_question_get_category (BR_QUESTION (entry))));
      sum = g_hash_table_lookup (context->category_sum, category);
      if (sum == NULL)
        {
          sum = g_new0 (double, 1);
          g_hash_table_insert (context->category_sum, (gpointer) category, sum);
        }
      *sum += average;
      g_hash_table_insert (context->category_count, (gpointer) category,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (context->category_count, category)) + 1));
    }
}

static void
context_clear (Context *context)
{
  g_clear_pointer (&context->category_sum, g_hash_table_unref);
  g_clear_pointer (&context->category_count, g_hash_table_unref);
  g_clear_pointer (&context->dimension_ids, g_strfreev);
}

static double
weight (Context           *context,
        BrPracticeHistory *history,
        BrQuestion        *question,
        const GDate       *today)
{
  const char *question_id = br_guide_entry_get_id (BR_GUIDE_ENTRY (question));
  const char *category = br_guide_entry_get_id (BR_GUIDE_ENTRY (br_question_get_category (question)));
  BrAttempt *last = br_practice_history_get_last_attempt (history, question_id);
  double *sum = g_hash_table_lookup (context->category_sum, category);
  double category_factor = 2.5;
  double dimension_factor = 1.0;
  double recency_factor;

  if (sum != NULL)
    category_factor = 5.0 - *sum / GPOINTER_TO_UINT (g_hash_table_lookup (context->category_count, category));

  if (context->weak_dimension != NULL)
    {
      guint score = last ? br_attempt_get_score (last, context->weak_dimension) : 0;

      dimension_factor = score > 0 ? 1.0 + (4.0 - score) / 3.0 : 1.5;
    }

  switch (br_practice_history_get_question_status (history, question_id, today))
    {
    case BR_QUESTION_STATUS_NEW:
      recency_factor = 3.0;
      break;
    case BR_QUESTION_STATUS_DUE:
      recency_factor = 2.5;
      break;
    case BR_QUESTION_STATUS_PRACTICED:
    default:
      {
        GDate day;
        gint days = 0;

        if (last != NULL)
          {
            br_attempt_get_date (last, &day);
            days = g_date_days_between (&day, today);
          }
        recency_factor = CLAMP (days / 14.0, 0.1, 1.0);
      }
      break;
    }

  return category_factor * dimension_factor * recency_factor;
}

/**
 * br_question_picker_get_weight:
 * @guide: the guide
 * @history: the practice history
 * @question: a question of @guide
 * @today: today's date
 *
 * Returns: @question's weight in br_question_picker_pick(), always > 0
 *   (see the rule at the top of br-question-picker.c)
 */
double
br_question_picker_get_weight (BrGuide           *guide,
                               BrPracticeHistory *history,
                               BrQuestion        *question,
                               const GDate       *today)
{
  Context context;
  double result;

  g_return_val_if_fail (BR_IS_GUIDE (guide), 0);
  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (history), 0);
  g_return_val_if_fail (BR_IS_QUESTION (question), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  context_init (&context, guide, history);
  result = weight (&context, history, question, today);
  context_clear (&context);
  return result;
}

/**
 * br_question_picker_pick:
 * @guide: the guide, whose questions are the only candidates
 * @history: the practice history
 * @today: today's date
 * @rand: the random source; seed it for a repeatable pick
 *
 * Picks a question at random, weighted toward weak categories and
 * dimensions and toward questions never practiced or due again.
 *
 * Returns: (transfer none) (nullable): a question of @guide, %NULL when it
 *   has none
 */
BrQuestion *
br_question_picker_pick (BrGuide           *guide,
                         BrPracticeHistory *history,
                         const GDate       *today,
                         GRand             *rand)
{
  GListModel *questions;
  g_autofree double *weights = NULL;
  Context context;
  double total = 0, target;
  guint n, chosen;

  g_return_val_if_fail (BR_IS_GUIDE (guide), NULL);
  g_return_val_if_fail (BR_IS_PRACTICE_HISTORY (history), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (rand != NULL, NULL);

  questions = br_guide_get_questions (guide);
  n = g_list_model_get_n_items (questions);
  if (n == 0)
    return NULL;

  context_init (&context, guide, history);
  weights = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrQuestion) question = g_list_model_get_item (questions, i);

      weights[i] = weight (&context, history, question, today);
      total += weights[i];
    }
  context_clear (&context);

  target = g_rand_double_range (rand, 0, total);
  chosen = n - 1;
  for (guint i = 0; i < n; i++)
    {
      if (target < weights[i])
        {
          chosen = i;
          break;
        }
      target -= weights[i];
    }

  {
    g_autoptr(BrQuestion) question = g_list_model_get_item (questions, chosen);

    /* The guide's list keeps it alive */
    return question;
  }
}
