/* br-test-session.c — a practice session on a fake clock, with its
 * guide, round and history in a temporary folder, for the session tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "br-test-session.h"

static void
count_state (Fixture *f)
{
  f->n_state++;
}

static void
count_saved (BrPracticeSession *session,
             BrAttempt         *attempt,
             Fixture           *f)
{
  f->n_saved++;
  g_set_object (&f->saved, attempt);
}

void
br_test_session_set_up (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->guide = br_guide_new_builtin (&error);
  g_assert_no_error (error);
  f->clock = br_fake_clock_new (1000 * G_USEC_PER_SEC);
  f->round = br_round_new (br_guide_get_phases (f->guide), BR_CLOCK (f->clock));
  f->dir = g_dir_make_tmp ("br-practice-session-XXXXXX", &error);
  g_assert_no_error (error);
  f->history = br_practice_history_new (f->dir);
  f->session = br_practice_session_new (f->history);
  br_practice_session_set_guide (f->session, f->guide);
  br_practice_session_set_round (f->session, f->round);
  g_signal_connect_swapped (f->session, "notify::state", G_CALLBACK (count_state), f);
  g_signal_connect (f->session, "saved", G_CALLBACK (count_saved), f);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && g_file_enumerator_iterate (children, &info, NULL, NULL, NULL) && info != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      remove_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

void
br_test_session_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (f->dir);

  g_clear_object (&f->saved);
  g_assert_finalize_object (f->session);
  g_assert_finalize_object (f->history);
  g_assert_finalize_object (f->round);
  g_assert_finalize_object (f->clock);
  g_assert_finalize_object (f->guide);
  remove_tree (dir);
  g_free (f->dir);
}

BrQuestion *
br_test_session_question (Fixture *f,
             guint    index)
{
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (f->guide), index);

  return question;  /* the guide keeps it */
}

void
br_test_session_score_all (Fixture *f,
           guint    score)
{
  GListModel *rubric = br_guide_get_rubric (f->guide);

  for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
    {
      g_autoptr(BrGuideEntry) dimension = g_list_model_get_item (rubric, i);

      g_assert_false (br_practice_session_get_complete (f->session));
      br_practice_session_set_score (f->session, br_guide_entry_get_id (dimension), score);
    }
  g_assert_true (br_practice_session_get_complete (f->session));
}
