/* test-practice-findings.c — the design review's findings in practice, as
 * a model: what the attempt keeps of a review, how practice.json stores it
 * (version 2 only when an attempt has findings; version 1 files open
 * unchanged), and the session holding findings back until Detailed Design
 * and keeping them with the attempt whichever phase the round reached
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-clock.h"
#include "br-practice-session.h"
#include "br-test-fixtures.h"

#define MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

static BrReference *reference;

/* Users calling a single Postgres straight, no monitoring: errors,
 * warnings and an unlabeled arrow's information */
static void
add_findings_board (BrBoard *board)
{
  BrItem *users = br_item_new_stencil (BR_STENCIL_CLIENT, 0, 0, 140, 70);
  BrItem *db = br_item_new_stencil (BR_STENCIL_SQL_DATABASE, 300, 0, 140, 70);
  BrItem *arrow = br_item_new_arrow (140, 35, 300, 35);

  g_free (users->id);
  users->id = g_strdup ("users");
  br_item_set_label (users, "Users");
  g_free (db->id);
  db->id = g_strdup ("db");
  br_item_set_label (db, "Postgres");
  g_free (arrow->id);
  arrow->id = g_strdup ("query");
  br_item_bind_end (arrow, BR_END_START, "users");
  br_item_bind_end (arrow, BR_END_END, "db");
  br_board_add_item (board, users);
  br_board_add_item (board, db);
  br_board_add_item (board, arrow);
}

static BrAttempt *
attempt_with_findings (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrReview) review = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GDateTime) started = g_date_time_new_utc (2024, 3, 4, 16, 30, 0);
  BrAttempt *attempt = br_attempt_new ("questions/design-s3", started, 45);

  add_findings_board (board);
  review = br_review_new (board, reference, 1.0, NULL);
  findings = br_attempt_findings_from_review (review);
  br_attempt_set_findings (attempt, findings);
  return attempt;
}

static gboolean
has_rule (BrAttempt  *attempt,
          const char *rule_id)
{
  for (guint i = 0; i < br_attempt_get_n_findings (attempt); i++)
    if (g_str_equal (br_attempt_get_finding (attempt, i)->rule_id, rule_id))
      return TRUE;
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* The attempt's findings                                                  */

static void
test_from_review (void)
{
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrReview) review = NULL;
  g_autoptr(BrAttempt) attempt = attempt_with_findings ();
  guint n = br_attempt_get_n_findings (attempt);

  add_findings_board (board);
  review = br_review_new (board, reference, 1.0, NULL);
  g_assert_cmpuint (n, ==, br_review_get_n_findings (review));
  g_assert_cmpuint (n, >=, 3);
  g_assert_true (has_rule (attempt, "client-to-database"));
  g_assert_true (has_rule (attempt, "unlabeled-arrow"));
  g_assert_true (has_rule (attempt, "no-monitoring"));

  /* Worst first, every finding complete, every item on the board (a
   * finding about the whole board, no monitoring, names none) */
  for (guint i = 0; i < n; i++)
    {
      const BrAttemptFinding *finding = br_attempt_get_finding (attempt, i);

      if (i > 0)
        g_assert_cmpint (finding->severity, <=, br_attempt_get_finding (attempt, i - 1)->severity);
      g_assert_true (br_attempt_finding_rule_id_is_valid (finding->rule_id));
      g_assert_cmpstr (finding->message, !=, "");
      g_assert_cmpstr (finding->question, !=, "");
      g_assert_nonnull (finding->items);
      for (guint j = 0; finding->items[j] != NULL; j++)
        g_assert_nonnull (br_board_lookup (board, finding->items[j]));
    }
  g_assert_cmpint (br_attempt_get_finding (attempt, 0)->severity, ==, BR_REVIEW_ERROR);
  g_assert_cmpint (br_attempt_get_finding (attempt, n - 1)->severity, ==, BR_REVIEW_INFO);
}

static void
count_notify (guint *count)
{
  (*count)++;
}

static void
test_set_findings (void)
{
  g_autoptr(BrAttempt) attempt = attempt_with_findings ();
  g_autoptr(GDateTime) started = g_date_time_new_utc (2024, 3, 4, 16, 30, 0);
  g_autoptr(BrAttempt) other = br_attempt_new ("questions/design-s3", started, 45);
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) br_attempt_finding_free);
  g_autoptr(BrAttemptFinding) odd = NULL;
  guint notified = 0;

  g_signal_connect_swapped (other, "notify::n-findings", G_CALLBACK (count_notify), &notified);
  g_assert_false (br_attempt_equal_findings (attempt, other));
  for (guint i = 0; i < br_attempt_get_n_findings (attempt); i++)
    g_ptr_array_add (findings, br_attempt_finding_copy (br_attempt_get_finding (attempt, i)));
  br_attempt_set_findings (other, findings);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (br_attempt_equal_findings (attempt, other));
  /* The same findings again change nothing */
  br_attempt_set_findings (other, findings);
  g_assert_cmpuint (notified, ==, 1);
  br_attempt_set_findings (other, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (br_attempt_get_n_findings (other), ==, 0);

  /* Only ids a board file could hold are kept, at most 16 */
  odd = br_attempt_finding_new ("unconnected", BR_REVIEW_WARNING, "Cache is connected to nothing.",
                                "What uses it?",
                                (const char * const[]) { "cache", "not an id", "", "a-1", NULL });
  g_assert_cmpstrv (odd->items, ((const char * const[]) { "cache", "a-1", NULL }));
  g_assert_true (br_attempt_finding_rule_id_is_valid ("single-point-of-failure"));
  g_assert_false (br_attempt_finding_rule_id_is_valid ("Single-Point"));
  g_assert_false (br_attempt_finding_rule_id_is_valid ("double--hyphen"));
  g_assert_false (br_attempt_finding_rule_id_is_valid ("trailing-"));
  g_assert_false (br_attempt_finding_rule_id_is_valid (""));
}

/* ---------------------------------------------------------------------- */
/* practice.json                                                           */

static void
test_round_trip (void)
{
  g_autoptr(BrPracticeHistory) history = NULL;
  g_autoptr(BrPracticeHistory) reloaded = NULL;
  g_autoptr(BrAttempt) attempt = attempt_with_findings ();
  g_autoptr(GDateTime) started = g_date_time_new_utc (2024, 3, 1, 8, 0, 0);
  g_autoptr(BrAttempt) plain = br_attempt_new ("questions/design-s3", started, 60);
  g_autoptr(GBytes) empty = g_bytes_new_static ("{\"format\": \"bar-raiser-practice\", \"version\": 1}", 47);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;
  BrAttempt *loaded;

  history = br_practice_history_new_from_bytes (empty, &error);
  g_assert_no_error (error);
  br_practice_history_add_attempt (history, plain);
  /* No attempt has findings: still the version an older Bar Raiser reads */
  saved = br_practice_history_to_bytes (history);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), "\"version\" : 1"));
  g_clear_pointer (&saved, g_bytes_unref);

  br_practice_history_add_attempt (history, attempt);
  saved = br_practice_history_to_bytes (history);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), "\"version\" : 2"));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), "\"findings\""));

  reloaded = br_practice_history_new_from_bytes (saved, &error);
  g_assert_no_error (error);
  loaded = br_practice_history_lookup_attempt (reloaded, br_attempt_get_id (attempt));
  g_assert_nonnull (loaded);
  g_assert_cmpuint (br_attempt_get_n_findings (loaded), ==, br_attempt_get_n_findings (attempt));
  g_assert_true (br_attempt_equal_findings (loaded, attempt));
  for (guint i = 0; i < br_attempt_get_n_findings (attempt); i++)
    {
      const BrAttemptFinding *a = br_attempt_get_finding (attempt, i);
      const BrAttemptFinding *b = br_attempt_get_finding (loaded, i);

      g_assert_cmpstr (a->rule_id, ==, b->rule_id);
      g_assert_cmpint (a->severity, ==, b->severity);
      g_assert_cmpstr (a->message, ==, b->message);
      g_assert_cmpstr (a->question, ==, b->question);
      g_assert_cmpstrv (a->items, b->items);
    }
  loaded = br_practice_history_lookup_attempt (reloaded, br_attempt_get_id (plain));
  g_assert_cmpuint (br_attempt_get_n_findings (loaded), ==, 0);

  /* The same bytes once more: nothing drifts */
  saved_again = br_practice_history_to_bytes (reloaded);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

/* A file written before findings were kept opens unchanged, and is written
 * back byte for byte as it was */
static void
test_version_1 (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "practice", "version-1.json", NULL);
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrPracticeHistory) history = br_practice_history_new_from_bytes (bytes, &error);
  GListModel *attempts;

  g_assert_no_error (error);
  attempts = br_practice_history_get_attempts (history);
  g_assert_cmpuint (g_list_model_get_n_items (attempts), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BrAttempt) attempt = g_list_model_get_item (attempts, i);

      g_assert_cmpuint (br_attempt_get_n_findings (attempt), ==, 0);
    }
  g_assert_cmpstr (br_attempt_get_notes (br_practice_history_lookup_attempt (history, "attempts/first")),
                   ==, "Forgot the read path");
  saved = br_practice_history_to_bytes (history);
  g_assert_cmpmem (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                   g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* ---------------------------------------------------------------------- */
/* The session                                                             */

typedef struct {
  BrGuide *guide;
  BrFakeClock *clock;
  BrRound *round;
  BrPracticeHistory *history;
  BrPracticeSession *session;
  BrBoard *board;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("{\"format\": \"bar-raiser-practice\", \"version\": 1}", 47);

  f->guide = br_guide_new_builtin (&error);
  g_assert_no_error (error);
  f->clock = br_fake_clock_new (1000 * G_USEC_PER_SEC);
  f->round = br_round_new (br_guide_get_phases (f->guide), BR_CLOCK (f->clock));
  f->history = br_practice_history_new_from_bytes (empty, &error);
  g_assert_no_error (error);
  f->session = br_practice_session_new (f->history);
  br_practice_session_set_guide (f->session, f->guide);
  br_practice_session_set_round (f->session, f->round);
  br_practice_session_set_reference (f->session, reference);
  f->board = br_board_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->session);
  g_assert_finalize_object (f->history);
  g_assert_finalize_object (f->board);
  g_assert_finalize_object (f->round);
  g_assert_finalize_object (f->clock);
  g_assert_finalize_object (f->guide);
}

static guint
detailed_phase (Fixture *f)
{
  for (guint i = 0; i < br_round_get_n_phases (f->round); i++)
    if (g_str_equal (br_guide_entry_get_id (BR_GUIDE_ENTRY (br_round_get_phase (f->round, i))),
                     BR_PRACTICE_FINDINGS_PHASE))
      return i;
  g_assert_not_reached ();
}

static void
test_session_held (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (f->guide), 0);
  guint detailed = detailed_phase (f);
  guint notified = 0;

  g_assert_cmpuint (detailed, >, 0);
  g_signal_connect_swapped (f->session, "notify::findings-held", G_CALLBACK (count_notify), &notified);
  g_assert_false (br_practice_session_get_findings_held (f->session));

  br_practice_session_start_on_board (f->session, question, 45, f->board);
  add_findings_board (f->board);
  /* Requirements, then the high-level design: held, paused or not */
  g_assert_true (br_practice_session_get_findings_held (f->session));
  g_assert_cmpuint (notified, ==, 1);
  br_fake_clock_advance (f->clock, 3 * MINUTE);
  g_assert_true (br_round_pause (f->round));
  g_assert_true (br_practice_session_get_findings_held (f->session));
  g_assert_true (br_round_resume (f->round));
  while (br_round_get_current_phase (f->round) + 1 < detailed)
    {
      g_assert_true (br_round_next_phase (f->round));
      g_assert_true (br_practice_session_get_findings_held (f->session));
    }

  /* Detailed Design: shown, and held again if the candidate goes back */
  br_fake_clock_advance (f->clock, 10 * MINUTE);
  g_assert_true (br_round_next_phase (f->round));
  g_assert_cmpuint (br_round_get_current_phase (f->round), ==, detailed);
  g_assert_false (br_practice_session_get_findings_held (f->session));
  g_assert_true (br_round_previous_phase (f->round));
  g_assert_true (br_practice_session_get_findings_held (f->session));
  g_assert_true (br_round_next_phase (f->round));
  g_assert_false (br_practice_session_get_findings_held (f->session));
  g_assert_true (br_round_next_phase (f->round));
  g_assert_false (br_practice_session_get_findings_held (f->session));

  /* Ended: the attempt has the board's findings, and they are shown */
  g_assert_true (br_practice_session_end (f->session));
  g_assert_false (br_practice_session_get_findings_held (f->session));
  g_assert_true (has_rule (br_practice_session_get_attempt (f->session), "client-to-database"));
  br_practice_session_discard (f->session);
  g_assert_false (br_practice_session_get_findings_held (f->session));

  /* A round reset by hand ends the session: nothing held */
  br_practice_session_start_on_board (f->session, question, 45, f->board);
  g_assert_true (br_practice_session_get_findings_held (f->session));
  br_round_reset (f->round);
  g_assert_cmpint (br_practice_session_get_state (f->session), ==, BR_PRACTICE_SESSION_IDLE);
  g_assert_false (br_practice_session_get_findings_held (f->session));
}

/* Ended during the requirements: the findings were never shown, but the
 * attempt keeps them for the review */
static void
test_session_early_end (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (f->guide), 0);
  g_autoptr(BrBoard) expected_board = br_board_new ();
  g_autoptr(BrReview) expected = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(BrAttempt) reference_attempt = br_attempt_new ("questions/design-s3", now, 45);
  BrAttempt *attempt;

  br_practice_session_start_on_board (f->session, question, 45, f->board);
  add_findings_board (f->board);
  br_fake_clock_advance (f->clock, 2 * MINUTE);
  g_assert_true (br_practice_session_get_findings_held (f->session));
  g_assert_true (br_practice_session_end (f->session));

  add_findings_board (expected_board);
  expected = br_review_new (expected_board, reference, 1.0, NULL);
  findings = br_attempt_findings_from_review (expected);
  br_attempt_set_findings (reference_attempt, findings);
  attempt = br_practice_session_get_attempt (f->session);
  g_assert_cmpuint (br_attempt_get_n_findings (attempt), >, 0);
  g_assert_true (br_attempt_equal_findings (attempt, reference_attempt));

  /* The board as the round ended: later edits are not findings of it */
  g_assert_true (br_board_remove (f->board, (const char * const[]) { "query", NULL }));
  g_assert_true (br_attempt_equal_findings (br_practice_session_get_attempt (f->session), reference_attempt));
  br_practice_session_discard (f->session);
}

/* Started without a board: nothing to review, no findings */
static void
test_session_no_board (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BrQuestion) question = g_list_model_get_item (br_guide_get_questions (f->guide), 0);

  br_practice_session_start (f->session, question, 45);
  g_assert_true (br_practice_session_end (f->session));
  g_assert_cmpuint (br_attempt_get_n_findings (br_practice_session_get_attempt (f->session)), ==, 0);
  br_practice_session_discard (f->session);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  reference = br_reference_new_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/practice-findings/from-review", test_from_review);
  g_test_add_func ("/practice-findings/set-findings", test_set_findings);
  g_test_add_func ("/practice-findings/round-trip", test_round_trip);
  g_test_add_func ("/practice-findings/version-1", test_version_1);
  g_test_add ("/practice-findings/session/held", Fixture, NULL,
              fixture_set_up, test_session_held, fixture_tear_down);
  g_test_add ("/practice-findings/session/early-end", Fixture, NULL,
              fixture_set_up, test_session_early_end, fixture_tear_down);
  g_test_add ("/practice-findings/session/no-board", Fixture, NULL,
              fixture_set_up, test_session_no_board, fixture_tear_down);

  ret = g_test_run ();
  g_clear_pointer (&reference, br_reference_unref);
  return ret;
}
