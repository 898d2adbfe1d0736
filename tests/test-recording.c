/* test-recording.c — practice recordings: record, replay, seek, files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-board-file.h"
#include "br-recorder.h"
#include "br-replay-summary.h"
#include "br-test-fixtures.h"

/* µs */
#define SECOND G_GINT64_CONSTANT (1000000)

static char *
board_text (BrBoard *board)
{
  g_autoptr(GBytes) bytes = br_board_to_bytes (board);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
assert_same_board (BrBoard *expected,
                   BrBoard *actual)
{
  g_autofree char *a = board_text (expected);
  g_autofree char *b = board_text (actual);

  g_assert_cmpstr (a, ==, b);
}

static const char *
random_id (BrBoard *board,
           GRand   *rand,
           gboolean bindable)
{
  guint n = br_board_get_n_items (board);

  for (guint tries = 0; n > 0 && tries < 8; tries++)
    {
      const BrItem *item = br_board_get_item (board, g_rand_int_range (rand, 0, n));

      if (!bindable || br_item_is_bindable (item))
        return item->id;
    }
  return NULL;
}

/* One random edit, as a user makes them: shapes, arrows bound to shapes,
 * drags in one transaction, labels, styles, restacking, deletes, undo */
static void
random_edit (BrBoard *board,
             GRand   *rand)
{
  const char *id = random_id (board, rand, FALSE);
  const char *ids[2] = { id, NULL };
  double x = g_rand_double_range (rand, -500, 500);
  double y = g_rand_double_range (rand, -500, 500);

  switch (g_rand_int_range (rand, 0, 10))
    {
    case 0:
    case 1:
      br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, x, y, 120, 60));
      break;
    case 2:
      {
        const char *from = random_id (board, rand, TRUE);
        const char *to = random_id (board, rand, TRUE);
        const char *arrow = br_board_add_item (board, br_item_new_arrow (x, y, x + 100, y + 40));

        if (from != NULL && to != NULL && g_strcmp0 (from, to) != 0)
          {
            g_autofree char *arrow_id = g_strdup (arrow);

            br_board_begin_transaction (board);
            br_board_set_arrow_end (board, arrow_id, BR_END_START, x, y, from);
            br_board_set_arrow_end (board, arrow_id, BR_END_END, x, y, to);
            br_board_commit (board);
          }
      }
      break;
    case 3:
      /* A drag: many motions, one step */
      if (id == NULL)
        break;
      br_board_begin_transaction (board);
      for (guint i = 0; i < 5; i++)
        br_board_move (board, ids, 3.5, -2.25);
      br_board_commit (board);
      break;
    case 4:
      if (id != NULL)
        {
          g_autofree char *label = g_strdup_printf ("Service %u", g_rand_int_range (rand, 0, 100));

          br_board_set_label (board, id, label);
        }
      break;
    case 5:
      if (id != NULL)
        br_board_set_property (board, ids, BR_PROP_STROKE_COLOR, g_rand_int_range (rand, 0, 4));
      break;
    case 6:
      if (id != NULL)
        br_board_reorder (board, ids, g_rand_boolean (rand) ? BR_REORDER_TO_BACK : BR_REORDER_FORWARD);
      break;
    case 7:
      if (id != NULL)
        br_board_remove (board, ids);
      break;
    case 8:
      br_board_undo (board);
      break;
    default:
      br_board_redo (board);
      break;
    }
}

typedef struct {
  guint n_steps;
  gint64 time;
  char *text;
} Snapshot;

static void
snapshot_clear (gpointer data)
{
  g_free (((Snapshot *) data)->text);
}

/* Replaying to the end gives exactly the saved board, and every point on
 * the way is the board as it stood then, seeking forward and backward;
 * the file gives the same recording back */
static void
test_equivalence (void)
{
  for (guint32 seed = 1; seed <= 12; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(BrFakeClock) clock = br_fake_clock_new (1000 * SECOND);
      g_autoptr(BrBoard) board = br_board_new ();
      g_autoptr(BrRecorder) recorder = br_recorder_new (board, BR_CLOCK (clock));
      g_autoptr(GArray) snapshots = g_array_new (FALSE, FALSE, sizeof (Snapshot));
      g_autoptr(BrRecording) reread = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) bytes_again = NULL;
      g_autoptr(GError) error = NULL;
      BrRecording *recording = br_recorder_get_recording (recorder);

      g_array_set_clear_func (snapshots, snapshot_clear);
      for (guint i = 0; i < 150; i++)
        {
          Snapshot snapshot;

          br_fake_clock_advance (clock, g_rand_int_range (rand, 1, 5000) * 1000);
          random_edit (board, rand);
          snapshot.n_steps = br_recording_get_n_steps (recording);
          snapshot.time = br_recorder_get_elapsed (recorder);
          snapshot.text = board_text (board);
          g_array_append_val (snapshots, snapshot);
        }
      br_fake_clock_advance (clock, 90 * SECOND);
      br_recorder_stop (recorder);
      g_assert_null (br_recorder_get_board (recorder));
      g_assert_cmpint (br_recording_get_duration (recording), ==, br_recorder_get_elapsed (recorder));

      /* The end */
      {
        g_autoptr(BrBoard) end = br_recording_build_board (recording, br_recording_get_n_steps (recording));

        assert_same_board (board, end);
      }

      /* Every point, backward then in a random order */
      for (guint i = snapshots->len; i-- > 0;)
        {
          Snapshot *snapshot = &g_array_index (snapshots, Snapshot, i);
          g_autoptr(BrBoard) then = br_recording_build_board (recording, snapshot->n_steps);
          g_autofree char *text = board_text (then);

          g_assert_cmpstr (text, ==, snapshot->text);
          /* Seeking by time finds the same step */
          g_assert_cmpuint (br_recording_count_steps_at (recording, snapshot->time), ==, snapshot->n_steps);
        }
      for (guint i = 0; i < 40; i++)
        {
          Snapshot *snapshot = &g_array_index (snapshots, Snapshot, g_rand_int_range (rand, 0, snapshots->len));
          g_autoptr(BrBoard) then = br_recording_build_board (recording, snapshot->n_steps);
          g_autofree char *text = board_text (then);

          g_assert_cmpstr (text, ==, snapshot->text);
        }

      /* A drag is one step: never more steps than edits */
      g_assert_cmpuint (br_recording_get_n_steps (recording), <=, 150);

      /* The file */
      bytes = br_recording_to_bytes (recording);
      reread = br_recording_parse (bytes, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (br_recording_get_n_steps (reread), ==, br_recording_get_n_steps (recording));
      g_assert_cmpint (br_recording_get_duration (reread), ==, br_recording_get_duration (recording));
      bytes_again = br_recording_to_bytes (reread);
      g_assert_true (g_bytes_equal (bytes, bytes_again));
      {
        g_autoptr(BrBoard) end = br_recording_build_board (reread, br_recording_get_n_steps (reread));

        assert_same_board (board, end);
      }
      g_array_set_size (snapshots, 0);
    }
}

/* The items already on the board are the first step, at time 0; a drag
 * is recorded when it ends, at that time */
static void
test_existing_board_and_drag (void)
{
  g_autoptr(BrFakeClock) clock = br_fake_clock_new (0);
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrRecorder) recorder = NULL;
  g_autofree char *id = NULL;
  const char *ids[2];
  BrRecording *recording;

  id = g_strdup (br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 0, 100, 50)));
  ids[0] = id;
  ids[1] = NULL;
  recorder = br_recorder_new (board, BR_CLOCK (clock));
  recording = br_recorder_get_recording (recorder);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 1);
  g_assert_cmpint (br_recording_get_step_time (recording, 0), ==, 0);

  br_fake_clock_advance (clock, 10 * SECOND);
  br_board_begin_transaction (board);
  br_board_move (board, ids, 10, 0);
  br_fake_clock_advance (clock, 2 * SECOND);
  br_board_move (board, ids, 10, 0);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 1);
  br_board_commit (board);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 2);
  g_assert_cmpint (br_recording_get_step_time (recording, 1), ==, 12000);

  /* A drag given up with Escape leaves the board as it was: no step */
  br_board_begin_transaction (board);
  br_board_move (board, ids, 50, 50);
  br_board_rollback (board);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 2);

  /* Undo is a step like any other */
  br_fake_clock_advance (clock, SECOND);
  br_board_undo (board);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 3);
  {
    g_autoptr(BrBoard) then = br_recording_build_board (recording, 3);

    g_assert_cmpfloat (br_board_lookup (then, id)->x, ==, 0);
  }
  g_assert_finalize_object (g_steal_pointer (&recorder));
}

static BrRecording *
recording_with_times (const gint64 *times,
                      guint         n,
                      gint64        duration)
{
  g_autoptr(BrFakeClock) clock = br_fake_clock_new (0);
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrRecorder) recorder = br_recorder_new (board, BR_CLOCK (clock));
  BrRecording *recording = g_object_ref (br_recorder_get_recording (recorder));

  for (guint i = 0; i < n; i++)
    {
      br_fake_clock_set_time (clock, times[i] * 1000);
      br_board_add_item (board, br_item_new (BR_ITEM_ELLIPSE, i * 10.0, 0, 50, 50));
    }
  br_fake_clock_set_time (clock, duration * 1000);
  br_recorder_stop (recorder);
  return recording;
}

/* Stretches of at least the length asked, from the start to the end */
static void
test_idle (void)
{
  const gint64 times[] = { 150000, 160000, 400000, 410000 };
  g_autoptr(BrRecording) recording = recording_with_times (times, G_N_ELEMENTS (times), 600000);
  g_autoptr(GArray) idle = br_recording_find_idle (recording, 120000);

  g_assert_cmpuint (idle->len, ==, 3);
  g_assert_cmpint (g_array_index (idle, BrRecordingIdle, 0).start, ==, 0);
  g_assert_cmpint (g_array_index (idle, BrRecordingIdle, 0).end, ==, 150000);
  g_assert_cmpint (g_array_index (idle, BrRecordingIdle, 1).start, ==, 160000);
  g_assert_cmpint (g_array_index (idle, BrRecordingIdle, 1).end, ==, 400000);
  g_assert_cmpint (g_array_index (idle, BrRecordingIdle, 2).start, ==, 410000);
  g_assert_cmpint (g_array_index (idle, BrRecordingIdle, 2).end, ==, 600000);

  g_assert_cmpuint (br_recording_count_steps_at (recording, 0), ==, 0);
  g_assert_cmpuint (br_recording_count_steps_at (recording, 150000), ==, 1);
  g_assert_cmpuint (br_recording_count_steps_at (recording, 399999), ==, 2);
  g_assert_cmpuint (br_recording_count_steps_at (recording, 10000000), ==, 4);
}

/* Malformed recordings: each fails with its code at its place, and a
 * recording that names items the board does not have is refused whole */
static void
test_malformed (gconstpointer data)
{
  const BrTestExpectation *expected = data;
  g_autoptr(GBytes) bytes = br_test_load_bytes (expected->full_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrRecording) recording = br_recording_parse (bytes, &error);

  g_assert_null (recording);
  br_test_assert_error_matches (error, expected);
}

static void
test_good_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "recording", "good", "small.json", NULL);
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BrRecording) recording = br_recording_parse (bytes, &error);
  g_autoptr(BrBoard) end = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (br_recording_get_n_steps (recording), ==, 4);
  end = br_recording_build_board (recording, 4);
  /* Added a, b, an arrow from a to b; renamed b; removed a and its arrow */
  g_assert_cmpuint (br_board_get_n_items (end), ==, 1);
  g_assert_cmpstr (br_board_lookup (end, "b")->label, ==, "Orders DB");
}

/* A recording that keeps the round's phases: they are where it says,
 * to the millisecond, and are written back the same; an attempt whose
 * phases do not match them falls back to its own seconds */
static void
test_good_phases (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "recording", "good", "phases.json", NULL);
  g_autoptr(GBytes) bytes = br_test_load_bytes (path);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BrRecording) recording = br_recording_parse (bytes, &error);
  g_autoptr(BrRecording) reread = NULL;
  g_autoptr(GDateTime) started = g_date_time_new_utc (2026, 12, 1, 18, 0, 0);
  g_autoptr(BrAttempt) attempt = br_attempt_new ("questions/design-s3", started, 45);
  g_autoptr(BrAttempt) other = br_attempt_new ("questions/design-s3", started, 45);
  g_autoptr(GArray) phases = NULL;
  const gint64 *ends;
  guint n;

  g_assert_no_error (error);
  ends = br_recording_get_phase_ends (recording, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (ends[0], ==, 20500);
  g_assert_cmpint (ends[1], ==, 45250);
  g_assert_cmpint (ends[2], ==, 60000);

  again = br_recording_to_bytes (recording);
  reread = br_recording_parse (again, &error);
  g_assert_no_error (error);
  ends = br_recording_get_phase_ends (reread, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (ends[1], ==, 45250);

  /* The attempt's seconds (21 s, 25 s, 15 s) would put the database
   * added at 20.6 s in the first phase */
  br_attempt_add_phase (attempt, "phases/requirements", 300, 21);
  br_attempt_add_phase (attempt, "phases/high-level", 600, 25);
  br_attempt_add_phase (attempt, "phases/deep-dive", 900, 15);
  phases = br_replay_phases_from_attempt (attempt, recording);
  br_replay_summarize (recording, phases);
  g_assert_cmpint (g_array_index (phases, BrReplayPhase, 0).end, ==, 20500);
  g_assert_cmpint (g_array_index (phases, BrReplayPhase, 1).start, ==, 20500);
  g_assert_cmpint (g_array_index (phases, BrReplayPhase, 1).end, ==, 45250);
  g_assert_cmpuint (g_array_index (phases, BrReplayPhase, 0).components_added, ==, 1);
  g_assert_cmpuint (g_array_index (phases, BrReplayPhase, 1).components_added, ==, 1);
  g_assert_cmpuint (g_array_index (phases, BrReplayPhase, 0).n_steps, ==, 1);
  g_clear_pointer (&phases, g_array_unref);

  br_attempt_add_phase (other, "phases/requirements", 300, 21);
  br_attempt_add_phase (other, "phases/high-level", 600, 39);
  phases = br_replay_phases_from_attempt (other, recording);
  g_assert_cmpuint (phases->len, ==, 2);
  g_assert_cmpint (g_array_index (phases, BrReplayPhase, 0).end, ==, 21000);
  g_assert_cmpint (g_array_index (phases, BrReplayPhase, 1).end, ==, 60000);

  /* Set by hand: an end before the one before it is taken as that one */
  {
    const gint64 set[] = { 5000, 3000, 9000 };

    br_recording_set_phase_ends (recording, set, G_N_ELEMENTS (set));
    ends = br_recording_get_phase_ends (recording, &n);
    g_assert_cmpuint (n, ==, 3);
    g_assert_cmpint (ends[1], ==, 5000);
    g_assert_cmpint (ends[2], ==, 9000);
    br_recording_set_phase_ends (recording, NULL, 0);
    g_assert_null (br_recording_get_phase_ends (recording, &n));
    g_assert_cmpuint (n, ==, 0);
  }
}

/* Phases sit end to end on the time line, as long as the candidate spent
 * in them; each gets what was added in it and its long idle stretches */
static void
test_phases (void)
{
  g_autoptr(GDateTime) started = g_date_time_new_utc (2026, 12, 1, 18, 0, 0);
  g_autoptr(BrAttempt) attempt = br_attempt_new ("questions/design-s3", started, 45);
  g_autoptr(BrFakeClock) clock = br_fake_clock_new (0);
  g_autoptr(BrBoard) board = br_board_new ();
  g_autoptr(BrRecorder) recorder = br_recorder_new (board, BR_CLOCK (clock));
  g_autoptr(GArray) phases = NULL;
  BrRecording *recording = br_recorder_get_recording (recorder);
  g_autofree char *api = NULL;
  g_autofree char *db = NULL;
  BrReplayPhase *phase;

  br_attempt_add_phase (attempt, "phases/requirements", 300, 240);   /* 0 to 4 min */
  br_attempt_add_phase (attempt, "phases/high-level", 600, 720);     /* 4 to 16 min */
  br_attempt_add_phase (attempt, "phases/deep-dive", 900, 600);      /* 16 to 26 min */

  /* A note at 1 min; nothing more until 7 min (a 6-minute stretch) */
  br_fake_clock_set_time (clock, 60 * SECOND);
  br_board_add_item (board, br_item_new (BR_ITEM_TEXT, 0, 0, 200, 40));
  br_fake_clock_set_time (clock, 420 * SECOND);
  api = g_strdup (br_board_add_item (board, br_item_new_stencil (BR_STENCIL_SERVICE, 0, 100, 120, 60)));
  br_fake_clock_set_time (clock, 480 * SECOND);
  db = g_strdup (br_board_add_item (board, br_item_new (BR_ITEM_CYLINDER, 300, 100, 100, 80)));
  /* At the boundary itself: it belongs to the high-level phase */
  br_fake_clock_set_time (clock, 960 * SECOND);
  {
    g_autofree char *arrow = NULL;

    /* Drawn in one gesture, as the arrow tool does */
    br_board_begin_transaction (board);
    arrow = g_strdup (br_board_add_item (board, br_item_new_arrow (0, 0, 1, 1)));
    br_board_set_arrow_end (board, arrow, BR_END_START, 0, 0, api);
    br_board_set_arrow_end (board, arrow, BR_END_END, 0, 0, db);
    br_board_commit (board);
  }
  br_fake_clock_set_time (clock, 1000 * SECOND);
  br_board_add_item (board, br_item_new (BR_ITEM_RECTANGLE, 0, 300, 100, 50));
  br_fake_clock_set_time (clock, 1560 * SECOND);
  br_recorder_stop (recorder);

  g_assert_cmpint (br_replay_first_component_time (recording), ==, 420000);

  phases = br_replay_phases_from_attempt (attempt, recording);
  g_assert_cmpuint (phases->len, ==, 3);
  br_replay_summarize (recording, phases);

  phase = &g_array_index (phases, BrReplayPhase, 0);
  g_assert_cmpstr (phase->phase_id, ==, "phases/requirements");
  g_assert_cmpint (phase->start, ==, 0);
  g_assert_cmpint (phase->end, ==, 240000);
  g_assert_cmpuint (phase->n_steps, ==, 1);
  g_assert_cmpuint (phase->components_added, ==, 0);   /* text is not a component */
  g_assert_cmpuint (phase->n_long_idle, ==, 1);        /* 1 to 7 min, its part in 1 to 4 */
  g_assert_cmpint (phase->long_idle, ==, 180000);

  phase = &g_array_index (phases, BrReplayPhase, 1);
  g_assert_cmpint (phase->start, ==, 240000);
  g_assert_cmpint (phase->end, ==, 960000);
  g_assert_cmpuint (phase->n_steps, ==, 4);
  g_assert_cmpuint (phase->components_added, ==, 2);
  g_assert_cmpuint (phase->arrows_added, ==, 1);
  g_assert_cmpuint (phase->n_long_idle, ==, 2);        /* 4 to 7 min, 8 to 16 min */
  g_assert_cmpint (phase->long_idle, ==, 180000 + 480000);

  phase = &g_array_index (phases, BrReplayPhase, 2);
  g_assert_cmpint (phase->end, ==, 1560000);
  g_assert_cmpuint (phase->n_steps, ==, 5);
  g_assert_cmpuint (phase->components_added, ==, 1);
  g_assert_cmpuint (phase->arrows_added, ==, 0);
  g_assert_cmpuint (phase->n_long_idle, ==, 1);        /* 1000 s to the end */
  g_assert_cmpint (phase->long_idle, ==, 560000);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *bad = NULL;
  BrTestFixtures *fixtures;
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recording/equivalence", test_equivalence);
  g_test_add_func ("/recording/existing-board-and-drag", test_existing_board_and_drag);
  g_test_add_func ("/recording/idle", test_idle);
  g_test_add_func ("/recording/phases", test_phases);
  g_test_add_func ("/recording/good-fixture", test_good_fixture);
  g_test_add_func ("/recording/good-phases", test_good_phases);

  bad = g_test_build_filename (G_TEST_DIST, "data", "recording", "bad", NULL);
  fixtures = br_test_fixtures_new (bad, ".json");
  br_test_fixtures_check_files (fixtures, 8);
  br_test_fixtures_add_tests (fixtures, "/recording/malformed", test_malformed);

  status = g_test_run ();
  br_test_fixtures_free (fixtures);
  return status;
}
