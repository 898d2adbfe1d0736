/* test-round.c — the round-timer engine with a fake clock, and its ticker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <time.h>

#include "br-guide.h"
#include "br-round.h"
#include "br-round-ticker.h"

#define SECOND G_USEC_PER_SEC
#define MINUTE BR_USEC_PER_MINUTE

/* The fake clock starts far from 0, so that a confusion between clock
 * readings and durations shows */
#define CLOCK_START (G_GINT64_CONSTANT (1000000) * SECOND + 123457)

static const guint builtin_min[] = { 5, 10, 15, 10, 5 };
static const guint builtin_max[] = { 10, 15, 20, 15, 10 };
static const char * const builtin_ids[] = {
  "phases/clarify", "phases/high-level", "phases/detailed", "phases/scale", "phases/operations",
};
#define N_BUILTIN G_N_ELEMENTS (builtin_min)

/* ---------------------------------------------------------------------- */
/* Fixture: the built-in guide, a fake clock, a round, and signal counts   */

typedef struct {
  BrGuide *guide;
  BrFakeClock *clock;
  BrRound *round;
  guint n_changed;
  guint n_notify_state;
  guint n_notify_phase;
  guint n_notify_length;
} Fixture;

static void
on_changed (BrRound *round,
            Fixture *f)
{
  f->n_changed++;
}

static void
on_notify (BrRound    *round,
           GParamSpec *pspec,
           Fixture    *f)
{
  if (g_str_equal (pspec->name, "state"))
    f->n_notify_state++;
  else if (g_str_equal (pspec->name, "current-phase"))
    f->n_notify_phase++;
  else if (g_str_equal (pspec->name, "length"))
    f->n_notify_length++;
}

static BrRound *
fixture_new_round (Fixture *f)
{
  BrRound *round = br_round_new (br_guide_get_phases (f->guide), BR_CLOCK (f->clock));

  g_signal_connect (round, "changed", G_CALLBACK (on_changed), f);
  g_signal_connect (round, "notify", G_CALLBACK (on_notify), f);
  return round;
}

static void
fixture_clear_counts (Fixture *f)
{
  f->n_changed = 0;
  f->n_notify_state = 0;
  f->n_notify_phase = 0;
  f->n_notify_length = 0;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->guide = br_guide_new_builtin (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (br_guide_get_phases (f->guide)), ==, N_BUILTIN);
  f->clock = br_fake_clock_new (CLOCK_START);
  f->round = fixture_new_round (f);
  fixture_clear_counts (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->round != NULL)
    g_assert_finalize_object (f->round);
  g_assert_finalize_object (f->clock);
  g_assert_finalize_object (f->guide);
}

static void
advance (Fixture *f,
         gint64   microseconds)
{
  br_fake_clock_advance (f->clock, microseconds);
}

static guint
sum_budgets (BrRound *round)
{
  guint sum = 0;

  for (guint i = 0; i < br_round_get_n_phases (round); i++)
    sum += br_round_get_budget (round, i);
  return sum;
}

static char *
describe_budgets (BrRound *round)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < br_round_get_n_phases (round); i++)
    g_string_append_printf (s, "%s%u", i ? " + " : "", br_round_get_budget (round, i));
  g_string_append_printf (s, " = %u", br_round_get_length (round));
  return g_string_free (s, FALSE);
}

static void
assert_budgets (BrRound     *round,
                const guint *expected)
{
  for (guint i = 0; i < br_round_get_n_phases (round); i++)
    g_assert_cmpuint (br_round_get_budget (round, i), ==, expected[i]);
}

static BrPhase *
make_phase (const char *id,
            guint       min,
            guint       max)
{
  return g_object_new (BR_TYPE_PHASE, "id", id, "title", id, "description", id,
                       "min-minutes", min, "max-minutes", max, NULL);
}

/* ---------------------------------------------------------------------- */
/* Clocks                                                                  */

static void
test_clock_fake (void)
{
  BrFakeClock *clock = br_fake_clock_new (5);

  g_assert_cmpint (br_clock_get_time (BR_CLOCK (clock)), ==, 5);
  br_fake_clock_advance (clock, 10);
  g_assert_cmpint (br_clock_get_time (BR_CLOCK (clock)), ==, 15);
  br_fake_clock_advance (clock, 0);
  g_assert_cmpint (br_clock_get_time (BR_CLOCK (clock)), ==, 15);
  br_fake_clock_set_time (clock, 20);
  br_fake_clock_set_time (clock, 20);
  g_assert_cmpint (br_clock_get_time (BR_CLOCK (clock)), ==, 20);

  /* A clock never goes backwards */
  g_test_expect_message ("br-round", G_LOG_LEVEL_CRITICAL, "*time >= self->now*");
  br_fake_clock_set_time (clock, 19);
  g_test_assert_expected_messages ();
  g_test_expect_message ("br-round", G_LOG_LEVEL_CRITICAL, "*microseconds >= 0*");
  br_fake_clock_advance (clock, -1);
  g_test_assert_expected_messages ();
  g_assert_cmpint (br_clock_get_time (BR_CLOCK (clock)), ==, 20);

  g_assert_finalize_object (clock);
}

static void
test_clock_system (void)
{
  BrClock *clock = br_clock_get_system ();
  gint64 first, second;

  g_assert_true (BR_IS_CLOCK (clock));
  g_assert_true (br_clock_get_system () == clock);
  g_assert_false (BR_IS_FAKE_CLOCK (clock));

  first = br_clock_get_time (clock);
  second = br_clock_get_time (clock);
  g_assert_cmpint (second, >=, first);

#ifdef CLOCK_BOOTTIME
  {
    struct timespec before, after;

    /* It is CLOCK_BOOTTIME, where the system has it: a reading falls
     * between two readings of that clock taken around it (an order, not an
     * amount of time, is asserted) */
    if (clock_gettime (CLOCK_BOOTTIME, &before) == 0)
      {
        gint64 reading = br_clock_get_time (clock);

        g_assert_cmpint (clock_gettime (CLOCK_BOOTTIME, &after), ==, 0);
        g_assert_cmpint ((gint64) before.tv_sec * SECOND + before.tv_nsec / 1000, <=, reading);
        g_assert_cmpint (reading, <=, (gint64) after.tv_sec * SECOND + after.tv_nsec / 1000);
      }
  }
#endif
}

/* ---------------------------------------------------------------------- */
/* Length and budgets                                                      */

static void
test_defaults (Fixture       *f,
               gconstpointer  data)
{
  static const guint onsite[] = { 8, 13, 18, 13, 8 };
  g_autoptr(BrRoundRecord) record = NULL;
  BrRoundState state;
  guint length, phase;

  g_assert_cmpuint (br_round_get_n_phases (f->round), ==, N_BUILTIN);
  g_assert_cmpuint (br_round_get_min_length (f->round), ==, 45);
  g_assert_cmpuint (br_round_get_max_length (f->round), ==, 70);
  g_assert_cmpuint (br_round_get_length (f->round), ==, 60);
  assert_budgets (f->round, onsite);
  g_assert_cmpint (br_round_get_state (f->round), ==, BR_ROUND_IDLE);
  g_assert_cmpuint (br_round_get_current_phase (f->round), ==, 0);

  for (guint i = 0; i < N_BUILTIN; i++)
    {
      BrPhase *phase_object = br_round_get_phase (f->round, i);

      g_assert_cmpstr (br_guide_entry_get_id (BR_GUIDE_ENTRY (phase_object)), ==, builtin_ids[i]);
      g_assert_cmpuint (br_phase_get_min_minutes (phase_object), ==, builtin_min[i]);
      g_assert_cmpuint (br_phase_get_max_minutes (phase_object), ==, builtin_max[i]);
      g_assert_cmpint (br_round_get_phase_elapsed (f->round, i), ==, 0);
    }

  g_object_get (f->round, "state", &state, "current-phase", &phase, "length", &length, NULL);
  g_assert_cmpint (state, ==, BR_ROUND_IDLE);
  g_assert_cmpuint (phase, ==, 0);
  g_assert_cmpuint (length, ==, 60);
  g_assert_true (G_TYPE_IS_ENUM (BR_TYPE_ROUND_STATE));
  g_assert_cmpstr (g_enum_get_value (g_type_class_peek (BR_TYPE_ROUND_STATE),
                                     BR_ROUND_PAUSED)->value_nick, ==, "paused");

  g_assert_cmpint (br_round_get_elapsed (f->round), ==, 0);
  g_assert_cmpint (br_round_get_remaining (f->round), ==, 60 * MINUTE);
  g_assert_cmpint (br_round_get_phase_remaining (f->round), ==, 8 * MINUTE);
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, -1);
  g_assert_cmpint (br_round_get_until_phase_end (f->round), ==, -1);

  record = br_round_get_record (f->round);
  g_assert_null (record->started);
  g_assert_cmpuint (record->phases->len, ==, N_BUILTIN);
  g_assert_false (record->completed);
}

static void
test_allocation_every_length (Fixture       *f,
                              gconstpointer  data)
{
  guint previous[N_BUILTIN] = { 0 };
  guint ascending[71][N_BUILTIN];

  for (guint length = 45; length <= 70; length++)
    {
      g_assert_true (br_round_set_length (f->round, length));
      g_assert_cmpuint (br_round_get_length (f->round), ==, length);
      g_assert_cmpuint (sum_budgets (f->round), ==, length);

      for (guint i = 0; i < N_BUILTIN; i++)
        {
          guint budget = br_round_get_budget (f->round, i);

          g_assert_cmpuint (budget, >=, builtin_min[i]);
          g_assert_cmpuint (budget, <=, builtin_max[i]);
          /* A longer round never takes a minute from a phase */
          g_assert_cmpuint (budget, >=, previous[i]);
          previous[i] = budget;
          ascending[length][i] = budget;
        }

      if (length == 45)
        assert_budgets (f->round, builtin_min);
      if (length == 70)
        assert_budgets (f->round, builtin_max);
      if (length == 60)
        {
          static const guint onsite[] = { 8, 13, 18, 13, 8 };
          g_autofree char *text = describe_budgets (f->round);

          g_test_message ("60 minutes: %s", text);
          assert_budgets (f->round, onsite);
        }
    }

  /* The budgets depend on the length only, not on the way to it */
  for (guint length = 70; length >= 45; length--)
    {
      g_assert_true (br_round_set_length (f->round, length));
      assert_budgets (f->round, ascending[length]);
    }
}

static void
test_allocation_refused (Fixture       *f,
                         gconstpointer  data)
{
  static const guint refused[] = { 0, 1, 44, 71, 100, G_MAXUINT };
  guint before[N_BUILTIN];

  g_assert_true (br_round_set_length (f->round, 50));
  for (guint i = 0; i < N_BUILTIN; i++)
    before[i] = br_round_get_budget (f->round, i);
  fixture_clear_counts (f);

  for (guint k = 0; k < G_N_ELEMENTS (refused); k++)
    {
      g_assert_false (br_round_set_length (f->round, refused[k]));
      g_assert_cmpuint (br_round_get_length (f->round), ==, 50);
      assert_budgets (f->round, before);
    }
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_cmpuint (f->n_notify_length, ==, 0);

  /* Setting the length it has changes nothing and says nothing */
  g_assert_true (br_round_set_length (f->round, 50));
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_cmpuint (f->n_notify_length, ==, 0);

  g_assert_true (br_round_set_length (f->round, 51));
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpuint (f->n_notify_length, ==, 1);
}

/* Phases of unequal ranges, with a largest-remainder tie, a phase of no
 * range, and a guide that cannot hold 60 minutes */
static void
test_allocation_uneven (void)
{
  g_autoptr(GListStore) store = g_list_store_new (BR_TYPE_PHASE);
  g_autoptr(BrFakeClock) clock = br_fake_clock_new (0);
  static const guint min[] = { 3, 5, 4, 1 };
  static const guint max[] = { 10, 7, 4, 4 };
  static const guint at_14[] = { 4, 5, 4, 1 };
  static const guint at_19[] = { 7, 6, 4, 2 };
  BrRound *round;
  guint previous[4] = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (min); i++)
    {
      g_autofree char *id = g_strdup_printf ("phases/p%u", i);
      g_autoptr(BrPhase) phase = make_phase (id, min[i], max[i]);

      g_list_store_append (store, phase);
    }

  round = br_round_new (G_LIST_MODEL (store), BR_CLOCK (clock));
  g_assert_cmpuint (br_round_get_min_length (round), ==, 13);
  g_assert_cmpuint (br_round_get_max_length (round), ==, 25);
  /* 60 does not fit: the minimum */
  g_assert_cmpuint (br_round_get_length (round), ==, 13);
  assert_budgets (round, min);

  for (guint length = 13; length <= 25; length++)
    {
      g_autofree char *text = NULL;

      g_assert_true (br_round_set_length (round, length));
      text = describe_budgets (round);
      g_test_message ("%s", text);
      g_assert_cmpuint (sum_budgets (round), ==, length);
      for (guint i = 0; i < 4; i++)
        {
          g_assert_cmpuint (br_round_get_budget (round, i), >=, min[i]);
          g_assert_cmpuint (br_round_get_budget (round, i), <=, max[i]);
          g_assert_cmpuint (br_round_get_budget (round, i), >=, previous[i]);
          previous[i] = br_round_get_budget (round, i);
        }
    }
  assert_budgets (round, max);

  /* 1 extra minute: shares 7/12, 2/12, 0, 3/12; the largest goes first */
  g_assert_true (br_round_set_length (round, 14));
  assert_budgets (round, at_14);
  /* 6 extra: 3.5, 1, 0, 1.5; one minute left, a tie: the earlier phase */
  g_assert_true (br_round_set_length (round, 19));
  assert_budgets (round, at_19);
  g_assert_false (br_round_set_length (round, 12));
  g_assert_false (br_round_set_length (round, 26));

  g_assert_finalize_object (round);
}

static void
test_allocation_fixed (void)
{
  g_autoptr(GListStore) store = g_list_store_new (BR_TYPE_PHASE);
  g_autoptr(GListStore) empty = g_list_store_new (BR_TYPE_PHASE);
  g_autoptr(BrFakeClock) clock = br_fake_clock_new (0);
  g_autoptr(BrPhase) a = make_phase ("phases/a", 20, 20);
  g_autoptr(BrPhase) b = make_phase ("phases/b", 25, 25);
  BrRound *round;

  /* Σmax == Σmin: one length only */
  g_list_store_append (store, a);
  g_list_store_append (store, b);
  round = br_round_new (G_LIST_MODEL (store), BR_CLOCK (clock));
  g_assert_cmpuint (br_round_get_length (round), ==, 45);
  g_assert_true (br_round_set_length (round, 45));
  g_assert_false (br_round_set_length (round, 44));
  g_assert_false (br_round_set_length (round, 46));
  g_assert_cmpuint (br_round_get_budget (round, 0), ==, 20);
  g_assert_cmpuint (br_round_get_budget (round, 1), ==, 25);
  g_assert_finalize_object (round);

  /* No phases: nothing to run */
  round = br_round_new (G_LIST_MODEL (empty), BR_CLOCK (clock));
  g_assert_cmpuint (br_round_get_n_phases (round), ==, 0);
  g_assert_cmpuint (br_round_get_length (round), ==, 0);
  g_assert_false (br_round_start (round));
  g_assert_cmpint (br_round_get_state (round), ==, BR_ROUND_IDLE);
  g_assert_cmpint (br_round_get_elapsed (round), ==, 0);
  g_assert_finalize_object (round);
}

static void
test_set_budget (Fixture       *f,
                 gconstpointer  data)
{
  static const guint onsite[] = { 8, 13, 18, 13, 8 };

  /* Each phase's range is the guide's */
  for (guint i = 0; i < N_BUILTIN; i++)
    {
      g_assert_cmpuint (br_round_get_min_budget (f->round, i), ==, builtin_min[i]);
      g_assert_cmpuint (br_round_get_max_budget (f->round, i), ==, builtin_max[i]);
    }

  /* Within the range: set, and the length follows */
  g_assert_true (br_round_set_budget (f->round, 2, 20));
  g_assert_cmpuint (br_round_get_budget (f->round, 2), ==, 20);
  g_assert_cmpuint (br_round_get_length (f->round), ==, 62);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpuint (f->n_notify_length, ==, 1);

  /* The same budget again: nothing changes, nothing is said */
  g_assert_true (br_round_set_budget (f->round, 2, 20));
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpuint (f->n_notify_length, ==, 1);

  /* Outside the range, by a minute or by far: refused, nothing changes */
  g_assert_false (br_round_set_budget (f->round, 2, 21));
  g_assert_false (br_round_set_budget (f->round, 2, 30));
  g_assert_false (br_round_set_budget (f->round, 0, 4));
  g_assert_false (br_round_set_budget (f->round, 0, 0));
  g_assert_false (br_round_set_budget (f->round, 0, BR_ROUND_MAX_BUDGET + 1));
  g_assert_cmpuint (br_round_get_budget (f->round, 0), ==, 8);
  g_assert_cmpuint (br_round_get_budget (f->round, 2), ==, 20);
  g_assert_cmpuint (f->n_changed, ==, 1);

  /* The ends of the ranges: the length stays between 45 and 70 */
  g_assert_true (br_round_set_budget (f->round, 0, 5));
  g_assert_true (br_round_set_budget (f->round, 4, 10));
  g_assert_cmpuint (br_round_get_length (f->round), ==, 5 + 13 + 20 + 13 + 10);
  g_assert_cmpuint (f->n_changed, ==, 3);
  for (guint i = 0; i < N_BUILTIN; i++)
    g_assert_true (br_round_set_budget (f->round, i, builtin_min[i]));
  g_assert_cmpuint (br_round_get_length (f->round), ==, br_round_get_min_length (f->round));
  for (guint i = 0; i < N_BUILTIN; i++)
    g_assert_true (br_round_set_budget (f->round, i, builtin_max[i]));
  g_assert_cmpuint (br_round_get_length (f->round), ==, br_round_get_max_length (f->round));

  /* A length shares the minutes out again */
  g_assert_true (br_round_set_length (f->round, 60));
  assert_budgets (f->round, onsite);

  /* Only while idle */
  g_assert_true (br_round_start (f->round));
  g_assert_false (br_round_set_budget (f->round, 0, 9));
  g_assert_false (br_round_set_length (f->round, 50));
  g_assert_true (br_round_pause (f->round));
  g_assert_false (br_round_set_budget (f->round, 0, 9));
  g_assert_false (br_round_set_length (f->round, 50));
  g_assert_true (br_round_stop (f->round));
  g_assert_false (br_round_set_budget (f->round, 0, 9));
  g_assert_false (br_round_set_length (f->round, 50));
  assert_budgets (f->round, onsite);

  /* A bad index is a programming error */
  g_test_expect_message ("br-round", G_LOG_LEVEL_CRITICAL, "*index < self->n_slots*");
  g_assert_false (br_round_set_budget (f->round, N_BUILTIN, 5));
  g_test_assert_expected_messages ();
}

/* ---------------------------------------------------------------------- */
/* State transitions                                                       */

typedef enum {
  OP_START,
  OP_PAUSE,
  OP_RESUME,
  OP_NEXT,
  OP_PREVIOUS,
  OP_ADD_MINUTE,
  OP_STOP,
  N_OPS
} Op;

static const char * const op_names[] = {
  "start", "pause", "resume", "next", "previous", "add-minute", "stop",
};

static gboolean
apply (BrRound *round,
       Op       op)
{
  switch (op)
    {
    case OP_START: return br_round_start (round);
    case OP_PAUSE: return br_round_pause (round);
    case OP_RESUME: return br_round_resume (round);
    case OP_NEXT: return br_round_next_phase (round);
    case OP_PREVIOUS: return br_round_previous_phase (round);
    case OP_ADD_MINUTE: return br_round_add_minute (round);
    case OP_STOP: return br_round_stop (round);
    case N_OPS:
    default:
      g_assert_not_reached ();
    }
}

typedef enum {
  FROM_IDLE,
  FROM_RUNNING,         /* at phase 1, so "previous" applies */
  FROM_RUNNING_FIRST,   /* at phase 0 */
  FROM_PAUSED,          /* at phase 1 */
  FROM_PAUSED_FIRST,
  FROM_COMPLETED,
  FROM_STOPPED,
  N_FROM
} From;

static const char * const from_names[] = {
  "idle", "running", "running-first", "paused", "paused-first", "completed", "stopped",
};

/* -1: refused; else the state after the call */
static const int transitions[N_FROM][N_OPS] = {
  /*                    start             pause            resume            next              previous          add-minute        stop */
  [FROM_IDLE]          = { BR_ROUND_RUNNING, -1,              -1,               -1,               -1,               -1,               -1 },
  [FROM_RUNNING]       = { -1,               BR_ROUND_PAUSED, -1,               BR_ROUND_RUNNING, BR_ROUND_RUNNING, BR_ROUND_RUNNING, BR_ROUND_FINISHED },
  [FROM_RUNNING_FIRST] = { -1,               BR_ROUND_PAUSED, -1,               BR_ROUND_RUNNING, -1,               BR_ROUND_RUNNING, BR_ROUND_FINISHED },
  [FROM_PAUSED]        = { -1,               -1,              BR_ROUND_RUNNING, BR_ROUND_PAUSED,  BR_ROUND_PAUSED,  BR_ROUND_PAUSED,  BR_ROUND_FINISHED },
  [FROM_PAUSED_FIRST]  = { -1,               -1,              BR_ROUND_RUNNING, BR_ROUND_PAUSED,  -1,               BR_ROUND_PAUSED,  BR_ROUND_FINISHED },
  [FROM_COMPLETED]     = { -1,               -1,              -1,               -1,               -1,               -1,               -1 },
  [FROM_STOPPED]       = { -1,               -1,              -1,               -1,               -1,               -1,               -1 },
};

static void
bring_to (Fixture *f,
          From     from)
{
  switch (from)
    {
    case FROM_IDLE:
      break;
    case FROM_RUNNING:
    case FROM_PAUSED:
      g_assert_true (br_round_start (f->round));
      advance (f, 61 * SECOND);
      g_assert_true (br_round_next_phase (f->round));
      advance (f, 7 * SECOND);
      if (from == FROM_PAUSED)
        g_assert_true (br_round_pause (f->round));
      break;
    case FROM_RUNNING_FIRST:
    case FROM_PAUSED_FIRST:
      g_assert_true (br_round_start (f->round));
      advance (f, 7 * SECOND);
      if (from == FROM_PAUSED_FIRST)
        g_assert_true (br_round_pause (f->round));
      break;
    case FROM_COMPLETED:
      g_assert_true (br_round_start (f->round));
      for (guint i = 0; i < N_BUILTIN; i++)
        {
          advance (f, 3 * SECOND);
          g_assert_true (br_round_next_phase (f->round));
        }
      break;
    case FROM_STOPPED:
      g_assert_true (br_round_start (f->round));
      advance (f, 3 * SECOND);
      g_assert_true (br_round_stop (f->round));
      break;
    case N_FROM:
    default:
      g_assert_not_reached ();
    }
}

static void
test_transitions (Fixture       *f,
                  gconstpointer  data)
{
  for (From from = 0; from < N_FROM; from++)
    for (Op op = 0; op < N_OPS; op++)
      {
        int expected = transitions[from][op];
        BrRoundState state_before;
        guint phase_before, length_before;
        guint budgets_before[N_BUILTIN];
        gint64 elapsed_before;
        gboolean done;

        g_test_message ("%s from %s", op_names[op], from_names[from]);
        g_assert_finalize_object (f->round);
        f->round = fixture_new_round (f);
        bring_to (f, from);
        fixture_clear_counts (f);

        state_before = br_round_get_state (f->round);
        phase_before = br_round_get_current_phase (f->round);
        length_before = br_round_get_length (f->round);
        elapsed_before = br_round_get_elapsed (f->round);
        for (guint i = 0; i < N_BUILTIN; i++)
          budgets_before[i] = br_round_get_budget (f->round, i);

        done = apply (f->round, op);

        if (expected < 0)
          {
            g_assert_false (done);
            g_assert_cmpint (br_round_get_state (f->round), ==, state_before);
            g_assert_cmpuint (br_round_get_current_phase (f->round), ==, phase_before);
            g_assert_cmpuint (br_round_get_length (f->round), ==, length_before);
            g_assert_cmpint (br_round_get_elapsed (f->round), ==, elapsed_before);
            assert_budgets (f->round, budgets_before);
            g_assert_cmpuint (f->n_changed, ==, 0);
            g_assert_cmpuint (f->n_notify_state + f->n_notify_phase + f->n_notify_length, ==, 0);
            continue;
          }

        g_assert_true (done);
        g_assert_cmpint (br_round_get_state (f->round), ==, expected);
        g_assert_cmpuint (f->n_changed, ==, 1);
        g_assert_cmpuint (f->n_notify_state, ==, (guint) expected != state_before);
        g_assert_cmpuint (f->n_notify_phase, ==, br_round_get_current_phase (f->round) != phase_before);
        g_assert_cmpuint (f->n_notify_length, ==, br_round_get_length (f->round) != length_before);

        switch (op)
          {
          case OP_NEXT:
            g_assert_cmpuint (br_round_get_current_phase (f->round), ==, phase_before + 1);
            break;
          case OP_PREVIOUS:
            g_assert_cmpuint (br_round_get_current_phase (f->round), ==, phase_before - 1);
            break;
          case OP_ADD_MINUTE:
            g_assert_cmpuint (br_round_get_length (f->round), ==, length_before + 1);
            g_assert_cmpuint (br_round_get_budget (f->round, phase_before), ==,
                              budgets_before[phase_before] + 1);
            break;
          case OP_STOP:
            {
              g_autoptr(BrRoundRecord) record = br_round_get_record (f->round);

              g_assert_false (record->completed);
            }
            break;
          case OP_START:
          case OP_PAUSE:
          case OP_RESUME:
            g_assert_cmpuint (br_round_get_current_phase (f->round), ==, phase_before);
            break;
          case N_OPS:
          default:
            g_assert_not_reached ();
          }
      }
}

static void
test_reset (Fixture       *f,
            gconstpointer  data)
{
  static const guint onsite[] = { 8, 13, 18, 13, 8 };

  /* From idle: nothing to do, nothing said */
  br_round_reset (f->round);
  g_assert_cmpuint (f->n_changed, ==, 0);

  for (From from = FROM_RUNNING; from < N_FROM; from++)
    {
      g_autoptr(BrRoundRecord) record = NULL;

      g_test_message ("reset from %s", from_names[from]);
      bring_to (f, from);
      if (from != FROM_COMPLETED && from != FROM_STOPPED)
        g_assert_true (br_round_add_minute (f->round));
      fixture_clear_counts (f);

      br_round_reset (f->round);
      g_assert_cmpint (br_round_get_state (f->round), ==, BR_ROUND_IDLE);
      g_assert_cmpuint (br_round_get_current_phase (f->round), ==, 0);
      g_assert_cmpint (br_round_get_elapsed (f->round), ==, 0);
      for (guint i = 0; i < N_BUILTIN; i++)
        g_assert_cmpint (br_round_get_phase_elapsed (f->round, i), ==, 0);
      /* The added minute is gone: the budgets are the length's again */
      g_assert_cmpuint (br_round_get_length (f->round), ==, 60);
      assert_budgets (f->round, onsite);
      g_assert_cmpuint (f->n_changed, ==, 1);
      g_assert_cmpuint (f->n_notify_state, ==, 1);

      record = br_round_get_record (f->round);
      g_assert_null (record->started);
      g_assert_false (record->completed);

      /* Idle again: the set-up can be edited */
      g_assert_true (br_round_set_length (f->round, 60));
    }

  /* Budgets edited one by one survive a reset */
  g_assert_true (br_round_set_budget (f->round, 1, 15));
  g_assert_true (br_round_start (f->round));
  g_assert_true (br_round_add_minute (f->round));
  g_assert_cmpuint (br_round_get_budget (f->round, 0), ==, 9);
  br_round_reset (f->round);
  g_assert_cmpuint (br_round_get_budget (f->round, 0), ==, 8);
  g_assert_cmpuint (br_round_get_budget (f->round, 1), ==, 15);
  g_assert_cmpuint (br_round_get_length (f->round), ==, 62);
}

/* ---------------------------------------------------------------------- */
/* Time                                                                    */

static void
test_pause_freezes (Fixture       *f,
                    gconstpointer  data)
{
  advance (f, 5 * MINUTE);   /* idle time does not count */
  g_assert_cmpint (br_round_get_elapsed (f->round), ==, 0);

  g_assert_true (br_round_start (f->round));
  advance (f, 10 * SECOND);
  g_assert_cmpint (br_round_get_elapsed (f->round), ==, 10 * SECOND);
  g_assert_true (br_round_pause (f->round));

  advance (f, 60 * MINUTE);
  g_assert_cmpint (br_round_get_elapsed (f->round), ==, 10 * SECOND);
  g_assert_cmpint (br_round_get_phase_elapsed (f->round, 0), ==, 10 * SECOND);
  g_assert_cmpint (br_round_get_remaining (f->round), ==, 60 * MINUTE - 10 * SECOND);
  g_assert_cmpint (br_round_get_phase_remaining (f->round), ==, 8 * MINUTE - 10 * SECOND);
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, -1);
  g_assert_cmpint (br_round_get_until_phase_end (f->round), ==, -1);

  /* Moving between phases while paused does not start the clock */
  g_assert_true (br_round_next_phase (f->round));
  advance (f, 3 * MINUTE);
  g_assert_cmpint (br_round_get_phase_elapsed (f->round, 1), ==, 0);
  g_assert_true (br_round_previous_phase (f->round));
  advance (f, 3 * MINUTE);

  g_assert_true (br_round_resume (f->round));
  advance (f, 5 * SECOND);
  g_assert_cmpint (br_round_get_elapsed (f->round), ==, 15 * SECOND);
  g_assert_cmpint (br_round_get_phase_elapsed (f->round, 0), ==, 15 * SECOND);
  g_assert_cmpint (br_round_get_phase_elapsed (f->round, 1), ==, 0);

  g_assert_true (br_round_stop (f->round));
  advance (f, 5 * SECOND);
  g_assert_cmpint (br_round_get_elapsed (f->round), ==, 15 * SECOND);
}

static void
test_overtime (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(BrRoundRecord) record = NULL;

  g_assert_true (br_round_set_length (f->round, 45));
  g_assert_true (br_round_start (f->round));

  advance (f, 5 * MINUTE);
  g_assert_cmpint (br_round_get_phase_remaining (f->round), ==, 0);
  g_assert_cmpint (br_round_get_phase_overtime (f->round), ==, 0);
  g_assert_cmpint (br_round_get_until_phase_end (f->round), ==, 0);

  /* Past its budget the phase keeps counting */
  advance (f, 90 * SECOND);
  g_assert_cmpint (br_round_get_phase_elapsed (f->round, 0), ==, 6 * MINUTE + 30 * SECOND);
  g_assert_cmpint (br_round_get_phase_remaining (f->round), ==, -90 * SECOND);
  g_assert_cmpint (br_round_get_phase_overtime (f->round), ==, 90 * SECOND);
  g_assert_cmpint (br_round_get_until_phase_end (f->round), ==, 0);
  g_assert_cmpint (br_round_get_overtime (f->round), ==, 0);
  g_assert_cmpint (br_round_get_remaining (f->round), ==, 45 * MINUTE - 6 * MINUTE - 30 * SECOND);

  /* The next phases on time, the last one 90 s over */
  for (guint i = 1; i < N_BUILTIN; i++)
    {
      g_assert_true (br_round_next_phase (f->round));
      g_assert_cmpint (br_round_get_phase_overtime (f->round), ==, 0);
      advance (f, builtin_min[i] * MINUTE);
    }
  advance (f, 90 * SECOND);
  g_assert_cmpint (br_round_get_phase_overtime (f->round), ==, 90 * SECOND);
  g_assert_cmpint (br_round_get_elapsed (f->round), ==, 48 * MINUTE);
  g_assert_cmpint (br_round_get_remaining (f->round), ==, -3 * MINUTE);
  g_assert_cmpint (br_round_get_overtime (f->round), ==, 3 * MINUTE);

  g_assert_true (br_round_next_phase (f->round));
  g_assert_cmpint (br_round_get_state (f->round), ==, BR_ROUND_FINISHED);
  advance (f, 10 * MINUTE);

  record = br_round_get_record (f->round);
  g_assert_true (record->completed);
  g_assert_cmpuint (record->length, ==, 45);
  g_assert_cmpint (record->overtime, ==, 3 * MINUTE);
  g_assert_cmpint (g_array_index (record->phases, BrRoundRecordPhase, 0).actual, ==, 6 * MINUTE + 30 * SECOND);
  g_assert_cmpint (g_array_index (record->phases, BrRoundRecordPhase, 4).actual, ==, 6 * MINUTE + 30 * SECOND);
}

static void
test_previous_phase (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_true (br_round_start (f->round));
  g_assert_false (br_round_previous_phase (f->round));
  advance (f, 2 * MINUTE);
  g_assert_true (br_round_next_phase (f->round));
  advance (f, 1 * MINUTE);
  g_assert_true (br_round_previous_phase (f->round));
  g_assert_cmpuint (br_round_get_current_phase (f->round), ==, 0);

  /* Time accrues to the earlier phase again */
  advance (f, 30 * SECOND);
  g_assert_cmpint (br_round_get_phase_elapsed (f->round, 0), ==, 2 * MINUTE + 30 * SECOND);
  g_assert_cmpint (br_round_get_phase_elapsed (f->round, 1), ==, 1 * MINUTE);
  g_assert_cmpint (br_round_get_phase_remaining (f->round), ==, 5 * MINUTE + 30 * SECOND);
  g_assert_cmpint (br_round_get_elapsed (f->round), ==, 3 * MINUTE + 30 * SECOND);
  g_assert_false (br_round_previous_phase (f->round));

  /* Forward again: phase 1 goes on from its minute */
  g_assert_true (br_round_next_phase (f->round));
  advance (f, 15 * SECOND);
  g_assert_cmpint (br_round_get_phase_elapsed (f->round, 1), ==, 1 * MINUTE + 15 * SECOND);
}

static void
test_add_minute (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_false (br_round_add_minute (f->round));
  g_assert_true (br_round_start (f->round));
  advance (f, 9 * MINUTE);
  g_assert_cmpint (br_round_get_phase_overtime (f->round), ==, MINUTE);

  fixture_clear_counts (f);
  g_assert_true (br_round_add_minute (f->round));
  g_assert_cmpuint (br_round_get_budget (f->round, 0), ==, 9);
  g_assert_cmpuint (br_round_get_length (f->round), ==, 61);
  g_assert_cmpint (br_round_get_phase_overtime (f->round), ==, 0);
  g_assert_cmpint (br_round_get_phase_remaining (f->round), ==, 0);
  g_assert_cmpint (br_round_get_remaining (f->round), ==, 52 * MINUTE);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpuint (f->n_notify_length, ==, 1);

  g_assert_true (br_round_pause (f->round));
  g_assert_true (br_round_add_minute (f->round));
  g_assert_cmpuint (br_round_get_budget (f->round, 0), ==, 10);
  g_assert_cmpuint (br_round_get_length (f->round), ==, 62);
  g_assert_cmpint (br_round_get_phase_remaining (f->round), ==, MINUTE);

  /* The next phase's minutes are its own */
  g_assert_true (br_round_next_phase (f->round));
  g_assert_true (br_round_add_minute (f->round));
  g_assert_cmpuint (br_round_get_budget (f->round, 1), ==, 14);
  g_assert_cmpuint (br_round_get_length (f->round), ==, 63);

  g_assert_true (br_round_stop (f->round));
  g_assert_false (br_round_add_minute (f->round));

  /* While running a phase may pass its range, but not the largest budget */
  br_round_reset (f->round);
  g_assert_true (br_round_start (f->round));
  while (br_round_get_budget (f->round, 0) < BR_ROUND_MAX_BUDGET)
    g_assert_true (br_round_add_minute (f->round));
  g_assert_false (br_round_add_minute (f->round));
  g_assert_cmpuint (br_round_get_budget (f->round, 0), ==, BR_ROUND_MAX_BUDGET);
}

/* A 70-minute round in irregular steps: many 1 us steps, odd-sized steps,
 * a long pause and a 3-hour jump (a suspend) while running. The elapsed
 * time must equal, to the microsecond, the virtual time that passed while
 * the round ran. */
static void
test_no_drift (Fixture       *f,
               gconstpointer  data)
{
  static const guint seventy[] = { 10, 15, 20, 15, 10 };
  g_autoptr(BrRoundRecord) record = NULL;
  gint64 phase_expected[N_BUILTIN] = { 0 };
  gint64 expected = 0;
  gint64 total = 0;

  g_assert_true (br_round_set_length (f->round, 70));
  assert_budgets (f->round, seventy);
  g_assert_true (br_round_start (f->round));

  for (guint phase = 0; phase < N_BUILTIN; phase++)
    {
      gint64 target = seventy[phase] * MINUTE;

      g_assert_cmpuint (br_round_get_current_phase (f->round), ==, phase);

      if (phase == 0)
        {
          /* A million 1 us steps: a second */
          for (guint k = 0; k < 1000000; k++)
            {
              advance (f, 1);
              phase_expected[phase]++;
              expected++;
              if (k % 1000 == 0)
                g_assert_cmpint (br_round_get_elapsed (f->round), ==, expected);
            }
          g_assert_cmpint (br_round_get_until_next_second (f->round), ==, SECOND);
        }
      if (phase == 1)
        {
          /* Half-way through, a long pause that must not count */
          advance (f, 7 * MINUTE + 3);
          phase_expected[phase] += 7 * MINUTE + 3;
          expected += 7 * MINUTE + 3;
          g_assert_true (br_round_pause (f->round));
          advance (f, 17 * MINUTE + 11);
          g_assert_true (br_round_resume (f->round));
        }
      if (phase == 2)
        {
          /* A suspend: boot time keeps counting, and so does the round */
          advance (f, 3 * 60 * MINUTE);
          phase_expected[phase] += 3 * 60 * MINUTE;
          expected += 3 * 60 * MINUTE;
          g_assert_cmpint (br_round_get_elapsed (f->round), ==, expected);
          g_assert_cmpint (br_round_get_phase_overtime (f->round), ==, 3 * 60 * MINUTE - target);
        }

      /* Irregular steps up to the phase's budget */
      while (phase_expected[phase] < target)
        {
          gint64 step = g_test_rand_int_range (1, 2345679);

          step = MIN (step, target - phase_expected[phase]);
          advance (f, step);
          phase_expected[phase] += step;
          expected += step;
          g_assert_cmpint (br_round_get_elapsed (f->round), ==, expected);
          g_assert_cmpint (br_round_get_phase_elapsed (f->round, phase), ==, phase_expected[phase]);
          g_assert_cmpint (br_round_get_until_next_second (f->round), ==,
                           SECOND - phase_expected[phase] % SECOND);
        }

      g_assert_cmpint (br_round_get_phase_elapsed (f->round, phase), ==, phase_expected[phase]);
      g_assert_true (br_round_next_phase (f->round));
    }

  g_assert_cmpint (br_round_get_state (f->round), ==, BR_ROUND_FINISHED);
  advance (f, 1234567);
  g_assert_cmpint (br_round_get_elapsed (f->round), ==, expected);

  record = br_round_get_record (f->round);
  for (guint i = 0; i < N_BUILTIN; i++)
    {
      gint64 actual = g_array_index (record->phases, BrRoundRecordPhase, i).actual;

      g_assert_cmpint (actual, ==, phase_expected[i]);
      total += actual;
    }
  g_assert_cmpint (total, ==, expected);
  g_assert_cmpint (record->overtime, ==, expected - 70 * MINUTE);
}

static void
test_until_next_second (Fixture       *f,
                        gconstpointer  data)
{
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, -1);
  advance (f, 123);   /* the clock's own seconds play no part */
  g_assert_true (br_round_start (f->round));

  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, SECOND);
  g_assert_cmpint (br_round_get_until_phase_end (f->round), ==, 8 * MINUTE);
  advance (f, 1);
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, SECOND - 1);
  advance (f, SECOND - 2);
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, 1);
  advance (f, 1);
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, SECOND);
  advance (f, 300000);
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, 700000);
  g_assert_cmpint (br_round_get_until_phase_end (f->round), ==, 8 * MINUTE - 1300000);

  /* Aligned to the new phase's own seconds */
  g_assert_true (br_round_next_phase (f->round));
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, SECOND);
  advance (f, 250000);
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, 750000);

  g_assert_true (br_round_pause (f->round));
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, -1);
  g_assert_cmpint (br_round_get_until_phase_end (f->round), ==, -1);
  advance (f, 444444);
  g_assert_true (br_round_resume (f->round));
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, 750000);

  /* Back in phase 0, its 1.3 s go on */
  g_assert_true (br_round_previous_phase (f->round));
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, 700000);

  g_assert_true (br_round_stop (f->round));
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, -1);
  g_assert_cmpint (br_round_get_until_phase_end (f->round), ==, -1);
}

/* ---------------------------------------------------------------------- */
/* The record                                                              */

static void
assert_records_equal (const BrRoundRecord *a,
                      const BrRoundRecord *b)
{
  g_assert_true (a->started == b->started ||
                 (a->started && b->started && g_date_time_equal (a->started, b->started)));
  g_assert_cmpuint (a->length, ==, b->length);
  g_assert_cmpint (a->overtime, ==, b->overtime);
  g_assert_cmpint (a->completed, ==, b->completed);
  g_assert_cmpuint (a->phases->len, ==, b->phases->len);
  for (guint i = 0; i < a->phases->len; i++)
    {
      const BrRoundRecordPhase *pa = &g_array_index (a->phases, BrRoundRecordPhase, i);
      const BrRoundRecordPhase *pb = &g_array_index (b->phases, BrRoundRecordPhase, i);

      g_assert_cmpstr (pa->phase_id, ==, pb->phase_id);
      g_assert_true (pa->phase_id != pb->phase_id);   /* a deep copy */
      g_assert_cmpuint (pa->budget, ==, pb->budget);
      g_assert_cmpint (pa->actual, ==, pb->actual);
    }
}

static void
test_record (Fixture       *f,
             gconstpointer  data)
{
  static const gint64 spent[] = { 7 * MINUTE, 14 * MINUTE + 1, 18 * MINUTE, 15 * MINUTE, 9 * MINUTE + 999999 };
  g_autoptr(BrRoundRecord) record = NULL;
  g_autoptr(BrRoundRecord) copy = NULL;
  /* 2024-03-04 09:15:00.250000 UTC, on the fake clock's calendar */
  const gint64 start_real = G_GINT64_CONSTANT (1709543700) * SECOND + 250000;
  g_autoptr(GDateTime) expected_start = NULL;
  BrRoundRecord *boxed;
  gint64 total = 0;

  br_fake_clock_set_real_time (f->clock, start_real);
  advance (f, 3 * SECOND);   /* the calendar moves with the clock */
  g_assert_cmpint (br_clock_get_real_time (BR_CLOCK (f->clock)), ==, start_real + 3 * SECOND);
  g_assert_true (br_round_start (f->round));
  {
    g_autoptr(GDateTime) utc = g_date_time_new_utc (2024, 3, 4, 9, 15, 3.25);

    expected_start = g_date_time_to_local (utc);
  }

  for (guint i = 0; i < N_BUILTIN; i++)
    {
      advance (f, spent[i]);
      total += spent[i];
      if (i == 3)
        g_assert_true (br_round_add_minute (f->round));

      /* Valid at any moment: the round so far */
      g_clear_pointer (&record, br_round_record_free);
      record = br_round_get_record (f->round);
      g_assert_nonnull (record->started);
      g_assert_false (record->completed);
      g_assert_cmpint (g_array_index (record->phases, BrRoundRecordPhase, i).actual, ==, spent[i]);

      g_assert_true (br_round_next_phase (f->round));
    }
  advance (f, MINUTE);

  g_clear_pointer (&record, br_round_record_free);
  record = br_round_get_record (f->round);
  g_assert_true (record->completed);
  g_assert_cmpuint (record->length, ==, 61);
  g_assert_true (g_date_time_equal (record->started, expected_start));
  g_assert_cmpint (g_date_time_get_microsecond (record->started), ==, 250000);
  g_assert_cmpint (g_date_time_get_utc_offset (record->started), ==,
                   g_date_time_get_utc_offset (expected_start));
  g_assert_cmpuint (record->phases->len, ==, N_BUILTIN);
  for (guint i = 0; i < N_BUILTIN; i++)
    {
      const BrRoundRecordPhase *phase = &g_array_index (record->phases, BrRoundRecordPhase, i);
      static const guint budgets[] = { 8, 13, 18, 14, 8 };

      g_assert_cmpstr (phase->phase_id, ==, builtin_ids[i]);
      g_assert_cmpuint (phase->budget, ==, budgets[i]);
      g_assert_cmpint (phase->actual, ==, spent[i]);
    }
  g_assert_cmpint (total, ==, 63 * MINUTE + SECOND);
  g_assert_cmpint (record->overtime, ==, total - 61 * MINUTE);

  /* Copies are deep, through the boxed type too */
  copy = br_round_record_copy (record);
  assert_records_equal (record, copy);
  boxed = g_boxed_copy (BR_TYPE_ROUND_RECORD, record);
  assert_records_equal (record, boxed);
  g_boxed_free (BR_TYPE_ROUND_RECORD, boxed);

  /* Stopped early: not completed, no overtime */
  br_round_reset (f->round);
  g_assert_true (br_round_start (f->round));
  advance (f, 3 * MINUTE);
  g_assert_true (br_round_stop (f->round));
  g_clear_pointer (&record, br_round_record_free);
  record = br_round_get_record (f->round);
  g_assert_false (record->completed);
  g_assert_cmpint (record->overtime, ==, 0);
  g_assert_cmpuint (record->length, ==, 60);
  g_assert_cmpint (g_array_index (record->phases, BrRoundRecordPhase, 0).actual, ==, 3 * MINUTE);
  g_assert_cmpint (g_array_index (record->phases, BrRoundRecordPhase, 1).actual, ==, 0);

  /* An empty record copies too */
  br_round_record_free (NULL);
  g_clear_pointer (&copy, br_round_record_free);
  g_clear_pointer (&record, br_round_record_free);
  record = br_round_record_new ();
  copy = br_round_record_copy (record);
  g_assert_null (copy->started);
  g_assert_cmpuint (copy->phases->len, ==, 0);
}

/* ---------------------------------------------------------------------- */
/* Formatting                                                              */

static void
test_format_time (void)
{
  static const struct {
    gint64 microseconds;
    const char *text;
  } cases[] = {
    { 0, "0:00" },
    { 1, "0:01" },
    { 999999, "0:01" },
    { SECOND, "0:01" },
    { SECOND + 1, "0:02" },
    { 59 * SECOND, "0:59" },
    { 59 * SECOND + 1, "1:00" },
    { 5 * MINUTE, "5:00" },
    { 5 * MINUTE - 800000, "5:00" },          /* 4:59.2 left */
    { 4 * MINUTE + 59 * SECOND, "4:59" },
    { 10 * MINUTE + 7 * SECOND, "10:07" },
    { 59 * MINUTE + 59 * SECOND, "59:59" },
    { 59 * MINUTE + 59 * SECOND + 500000, "1:00:00" },
    { 60 * MINUTE, "1:00:00" },
    { 10 * 60 * MINUTE + 2 * MINUTE + 3 * SECOND, "10:02:03" },
    { 100 * 60 * MINUTE, "100:00:00" },
    /* The absolute value: the caller shows the sign */
    { -1, "0:01" },
    { -90 * SECOND, "1:30" },
    { -(60 * MINUTE + 1), "1:00:01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = br_round_format_time (cases[i].microseconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  /* The extremes: no overflow, never a minus */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *text = br_round_format_time (i ? G_MAXINT64 : G_MININT64);

      g_assert_null (strchr (text, '-'));
      g_assert_true (g_str_has_prefix (text, "2562047788:"));
    }
}

/* ---------------------------------------------------------------------- */
/* Random sequences against a reference model                              */

/* The reference model: time is added to the current phase as the clock
 * moves, eagerly, step by step; the engine instead computes it lazily
 * from clock readings. The allocation is the closed form for phases of
 * equal ranges (as in the built-in guide): every phase gets extra / n
 * minutes, and the first extra % n phases one more. */
typedef struct {
  BrRoundState state;
  guint current;
  guint budget[N_BUILTIN];
  guint planned[N_BUILTIN];
  gint64 elapsed[N_BUILTIN];
  gboolean completed;
  gboolean has_started;
} Model;

static guint
model_length (const Model *m)
{
  guint length = 0;

  for (guint i = 0; i < N_BUILTIN; i++)
    length += m->budget[i];
  return length;
}

static gboolean
model_set_length (Model *m,
                  guint  length)
{
  guint extra;

  if (m->state != BR_ROUND_IDLE || length < 45 || length > 70)
    return FALSE;
  extra = length - 45;
  for (guint i = 0; i < N_BUILTIN; i++)
    {
      g_assert_cmpuint (builtin_max[i] - builtin_min[i], ==, 5);
      m->budget[i] = builtin_min[i] + extra / N_BUILTIN + (i < extra % N_BUILTIN ? 1 : 0);
    }
  return TRUE;
}

static void
model_advance (Model  *m,
               gint64  microseconds)
{
  if (m->state == BR_ROUND_RUNNING)
    m->elapsed[m->current] += microseconds;
}

static gboolean
model_is_started (const Model *m)
{
  return m->state == BR_ROUND_RUNNING || m->state == BR_ROUND_PAUSED;
}

static gboolean
model_apply (Model *m,
             Op     op)
{
  switch (op)
    {
    case OP_START:
      if (m->state != BR_ROUND_IDLE)
        return FALSE;
      memcpy (m->planned, m->budget, sizeof m->budget);
      m->state = BR_ROUND_RUNNING;
      m->has_started = TRUE;
      return TRUE;
    case OP_PAUSE:
      if (m->state != BR_ROUND_RUNNING)
        return FALSE;
      m->state = BR_ROUND_PAUSED;
      return TRUE;
    case OP_RESUME:
      if (m->state != BR_ROUND_PAUSED)
        return FALSE;
      m->state = BR_ROUND_RUNNING;
      return TRUE;
    case OP_NEXT:
      if (!model_is_started (m))
        return FALSE;
      if (m->current == N_BUILTIN - 1)
        {
          m->state = BR_ROUND_FINISHED;
          m->completed = TRUE;
        }
      else
        m->current++;
      return TRUE;
    case OP_PREVIOUS:
      if (!model_is_started (m) || m->current == 0)
        return FALSE;
      m->current--;
      return TRUE;
    case OP_ADD_MINUTE:
      if (!model_is_started (m) || m->budget[m->current] == BR_ROUND_MAX_BUDGET)
        return FALSE;
      m->budget[m->current]++;
      return TRUE;
    case OP_STOP:
      if (!model_is_started (m))
        return FALSE;
      m->state = BR_ROUND_FINISHED;
      return TRUE;
    case N_OPS:
    default:
      g_assert_not_reached ();
    }
}

static void
model_reset (Model *m)
{
  if (m->state == BR_ROUND_IDLE)
    return;
  memcpy (m->budget, m->planned, sizeof m->budget);
  memset (m->elapsed, 0, sizeof m->elapsed);
  m->state = BR_ROUND_IDLE;
  m->current = 0;
  m->completed = FALSE;
  m->has_started = FALSE;
}

static void
check_model (const Model *m,
             BrRound     *round)
{
  g_autoptr(BrRoundRecord) record = br_round_get_record (round);
  guint length = model_length (m);
  gint64 total = 0;
  gint64 phase_left;

  g_assert_cmpint (br_round_get_state (round), ==, m->state);
  g_assert_cmpuint (br_round_get_current_phase (round), ==, m->current);
  g_assert_cmpuint (br_round_get_length (round), ==, length);
  for (guint i = 0; i < N_BUILTIN; i++)
    {
      g_assert_cmpuint (br_round_get_budget (round, i), ==, m->budget[i]);
      g_assert_cmpint (br_round_get_phase_elapsed (round, i), ==, m->elapsed[i]);
      g_assert_cmpint (g_array_index (record->phases, BrRoundRecordPhase, i).actual, ==, m->elapsed[i]);
      g_assert_cmpuint (g_array_index (record->phases, BrRoundRecordPhase, i).budget, ==, m->budget[i]);
      total += m->elapsed[i];
    }

  phase_left = (gint64) m->budget[m->current] * 60 * 1000000 - m->elapsed[m->current];
  g_assert_cmpint (br_round_get_elapsed (round), ==, total);
  g_assert_cmpint (br_round_get_remaining (round), ==, (gint64) length * 60000000 - total);
  g_assert_cmpint (br_round_get_overtime (round), ==, MAX (0, total - (gint64) length * 60000000));
  g_assert_cmpint (br_round_get_phase_remaining (round), ==, phase_left);
  g_assert_cmpint (br_round_get_phase_overtime (round), ==, phase_left < 0 ? -phase_left : 0);

  if (m->state == BR_ROUND_RUNNING)
    {
      g_assert_cmpint (br_round_get_until_next_second (round), ==,
                       1000000 - m->elapsed[m->current] % 1000000);
      g_assert_cmpint (br_round_get_until_phase_end (round), ==, phase_left > 0 ? phase_left : 0);
    }
  else
    {
      g_assert_cmpint (br_round_get_until_next_second (round), ==, -1);
      g_assert_cmpint (br_round_get_until_phase_end (round), ==, -1);
    }

  g_assert_cmpuint (record->length, ==, length);
  g_assert_cmpint (record->completed, ==, m->completed);
  g_assert_cmpint (record->overtime, ==, MAX (0, total - (gint64) length * 60000000));
  g_assert_true ((record->started != NULL) == m->has_started);
}

static gint64
random_step (void)
{
  switch (g_test_rand_int_range (0, 6))
    {
    case 0: return 0;
    case 1: return 1;
    case 2: return g_test_rand_int_range (1, 1000000);
    case 3: return g_test_rand_int_range (1, 60) * (gint64) 1000000;
    case 4: return g_test_rand_int_range (1, 20 * 60) * (gint64) 1000000 + g_test_rand_int_range (0, 1000000);
    default: return g_test_rand_int_range (1, 3 * 60) * (gint64) 60000000 + 7;
    }
}

static void
test_random (Fixture       *f,
             gconstpointer  data)
{
  guint n_true = 0;

  for (guint sequence = 0; sequence < 200; sequence++)
    {
      Model m = { 0 };

      g_assert_finalize_object (f->round);
      f->round = fixture_new_round (f);
      g_assert_true (model_set_length (&m, 60));
      check_model (&m, f->round);

      for (guint k = 0; k < 50; k++)
        {
          int choice = g_test_rand_int_range (0, 24);
          Model before = m;
          guint changed_before = f->n_changed;
          gboolean expected, done;

          if (choice < 5)
            {
              gint64 step = random_step ();

              advance (f, step);
              model_advance (&m, step);
              check_model (&m, f->round);
              g_assert_cmpuint (f->n_changed, ==, changed_before);
              continue;
            }

          if (choice < 5 + N_OPS * 2)
            {
              Op op = (choice - 5) % N_OPS;

              expected = model_apply (&m, op);
              done = apply (f->round, op);
            }
          else if (choice == 19)
            {
              model_reset (&m);
              br_round_reset (f->round);
              expected = done = TRUE;
            }
          else if (choice < 22)
            {
              guint length = g_test_rand_int_range (40, 76);

              expected = model_set_length (&m, length);
              done = br_round_set_length (f->round, length);
            }
          else
            {
              guint index = g_test_rand_int_range (0, N_BUILTIN);
              guint minutes = g_test_rand_int_range (0, 25);

              expected = m.state == BR_ROUND_IDLE && minutes >= builtin_min[index] && minutes <= builtin_max[index];
              if (expected)
                m.budget[index] = minutes;
              done = br_round_set_budget (f->round, index, minutes);
            }

          g_assert_cmpint (done, ==, expected);
          n_true += done;
          check_model (&m, f->round);

          /* "changed" once exactly when the state, phase or a budget changed */
          g_assert_cmpuint (f->n_changed - changed_before, ==,
                            before.state != m.state || before.current != m.current ||
                            memcmp (before.budget, m.budget, sizeof m.budget) != 0);
        }
    }

  g_test_message ("%u of 10000 operations applied", n_true);
}

/* ---------------------------------------------------------------------- */
/* The ticker, on a fake timer moved with the fake clock                  */

typedef struct {
  guint n_ticks;
  gint64 until_next_second;   /* at the last tick */
  gint64 phase_elapsed;       /* at the last tick */
  guint n_phase_over;
  guint last_phase_over;
  guint64 wakeups_at_phase_over;
  gint64 until_end_at_phase_over;
} TickerState;

static void
on_tick (BrRoundTicker *ticker,
         TickerState   *state)
{
  BrRound *round = br_round_ticker_get_round (ticker);

  state->n_ticks++;
  state->until_next_second = br_round_get_until_next_second (round);
  state->phase_elapsed = br_round_get_phase_elapsed (round, br_round_get_current_phase (round));
}

static void
on_phase_over (BrRoundTicker *ticker,
               guint          phase,
               TickerState   *state)
{
  state->n_phase_over++;
  state->last_phase_over = phase;
  state->wakeups_at_phase_over = br_round_ticker_get_n_wakeups (ticker);
  state->until_end_at_phase_over = br_round_get_until_phase_end (br_round_ticker_get_round (ticker));
}

/* Moves the fake clock and the fake timer together by @ms milliseconds,
 * one due timeout at a time, so that each wake-up reads the clock at the
 * very time it was due */
static void
advance_both (Fixture     *f,
              BrFakeTimer *timer,
              guint        ms)
{
  while (ms > 0 || br_fake_timer_get_next_due (timer) == 0)
    {
      gint64 due = br_fake_timer_get_next_due (timer);
      guint step = (due < 0 || due > ms) ? ms : (guint) due;

      advance (f, (gint64) step * 1000);
      br_fake_timer_advance (timer, step);
      ms -= step;
      if (due < 0 || due > (gint64) step)
        break;
    }
}

static void
test_ticker_timer (Fixture       *f,
                   gconstpointer  data)
{
  BrFakeTimer *timer = br_fake_timer_new ();
  TickerState state = { 0 };
  BrRoundTicker *ticker;
  gint64 elapsed;

  ticker = br_round_ticker_new_with_timer (f->round, BR_TIMER (timer));
  g_assert_true (br_round_ticker_get_round (ticker) == f->round);
  g_assert_true (br_round_ticker_get_timer (ticker) == BR_TIMER (timer));
  g_signal_connect (ticker, "tick", G_CALLBACK (on_tick), &state);

  /* Idle: no timeout, however long */
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
  advance_both (f, timer, 5000);
  g_assert_cmpuint (br_round_ticker_get_n_wakeups (ticker), ==, 0);

  /* Running: one timeout, due at the phase's first whole second */
  g_assert_true (br_round_start (f->round));
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 1);
  g_assert_cmpint (br_fake_timer_get_next_due (timer), ==, 1000);

  /* 999 ms: not yet */
  advance_both (f, timer, 999);
  g_assert_cmpuint (state.n_ticks, ==, 0);
  g_assert_cmpint (br_fake_timer_get_next_due (timer), ==, 1);

  /* Once a second, at each whole second, three times in 3 s */
  advance_both (f, timer, 1);
  g_assert_cmpuint (state.n_ticks, ==, 1);
  g_assert_cmpint (state.phase_elapsed, ==, SECOND);
  g_assert_cmpint (state.until_next_second, ==, SECOND);
  advance_both (f, timer, 2000);
  g_assert_cmpuint (state.n_ticks, ==, 3);
  g_assert_cmpint (state.phase_elapsed, ==, 3 * SECOND);
  g_assert_cmpuint (br_round_ticker_get_n_wakeups (ticker), ==, 3);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 1);

  /* A late wake-up (the clock ran 1.3 s, the timeout fired after 1 s):
   * that tick is late, the next one is aligned again, nothing is counted */
  advance (f, 1300 * 1000);
  br_fake_timer_advance (timer, 1000);
  g_assert_cmpuint (state.n_ticks, ==, 4);
  g_assert_cmpint (state.phase_elapsed, ==, 4 * SECOND + 300000);
  g_assert_cmpint (br_fake_timer_get_next_due (timer), ==, 700);
  advance_both (f, timer, 700);
  g_assert_cmpuint (state.n_ticks, ==, 5);
  g_assert_cmpint (state.phase_elapsed, ==, 5 * SECOND);

  /* A delay that is not a whole millisecond is rounded up: never early */
  advance (f, 250);
  g_assert_true (br_round_pause (f->round));
  g_assert_true (br_round_resume (f->round));
  g_assert_cmpint (br_round_get_until_next_second (f->round), ==, SECOND - 250);
  g_assert_cmpint (br_fake_timer_get_next_due (timer), ==, 1000);

  /* Paused: no timeout at all, and no wake-up however long */
  g_assert_true (br_round_pause (f->round));
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
  advance_both (f, timer, 10000);
  g_assert_cmpuint (br_round_ticker_get_n_wakeups (ticker), ==, 5);

  /* Resumed: due when the phase's next whole second comes */
  g_assert_true (br_round_resume (f->round));
  elapsed = br_round_get_phase_elapsed (f->round, 0);
  g_assert_cmpint (elapsed, ==, 5 * SECOND + 250);
  g_assert_cmpint (br_fake_timer_get_next_due (timer), ==, 1000);
  advance_both (f, timer, 1000);
  g_assert_cmpuint (state.n_ticks, ==, 6);
  g_assert_cmpint (state.phase_elapsed, ==, 6 * SECOND + 250);

  /* The ticker goes: its timeout goes with it */
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 1);
  g_assert_finalize_object (ticker);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
  g_assert_finalize_object (timer);
}

/* The system timer is the default */
static void
test_ticker_system_timer (Fixture       *f,
                          gconstpointer  data)
{
  BrRoundTicker *ticker = br_round_ticker_new (f->round);

  g_assert_true (br_round_ticker_get_timer (ticker) == br_timer_get_system ());
  g_assert_cmpuint (br_round_ticker_get_n_wakeups (ticker), ==, 0);
  g_assert_finalize_object (ticker);
}

static void
test_ticker_phase_over (Fixture       *f,
                        gconstpointer  data)
{
  BrFakeTimer *timer = br_fake_timer_new ();
  TickerState state = { 0 };
  BrRoundTicker *ticker;
  guint first_seconds = builtin_min[0] * 60;
  guint64 wakeups;

  /* The shortest first phase */
  g_assert_true (br_round_set_budget (f->round, 0, builtin_min[0]));
  ticker = br_round_ticker_new_with_timer (f->round, BR_TIMER (timer));
  g_signal_connect (ticker, "tick", G_CALLBACK (on_tick), &state);
  g_signal_connect (ticker, "phase-over", G_CALLBACK (on_phase_over), &state);

  /* A millisecond short of the phase's end: not over */
  g_assert_true (br_round_start (f->round));
  advance_both (f, timer, first_seconds * 1000 - 1);
  g_assert_cmpuint (state.n_ticks, ==, first_seconds - 1);
  g_assert_cmpuint (state.n_phase_over, ==, 0);

  /* Over at the very wake-up where the budget is used up */
  advance_both (f, timer, 1);
  g_assert_cmpuint (state.n_phase_over, ==, 1);
  g_assert_cmpuint (state.last_phase_over, ==, 0);
  g_assert_cmpuint (state.wakeups_at_phase_over, ==, first_seconds);
  g_assert_cmpint (state.until_end_at_phase_over, ==, 0);
  g_assert_cmpint (state.phase_elapsed, ==, (gint64) first_seconds * SECOND);

  /* Overtime: it goes on ticking once a second, and says it once */
  advance_both (f, timer, 3000);
  g_assert_cmpuint (state.n_ticks, ==, first_seconds + 3);
  g_assert_cmpuint (state.n_phase_over, ==, 1);

  /* Not again when the round comes back to the phase */
  g_assert_true (br_round_next_phase (f->round));
  g_assert_true (br_round_previous_phase (f->round));
  wakeups = br_round_ticker_get_n_wakeups (ticker);
  advance_both (f, timer, 1000);
  g_assert_cmpuint (br_round_ticker_get_n_wakeups (ticker), ==, wakeups + 1);
  g_assert_cmpuint (state.n_phase_over, ==, 1);

  /* A minute more, used up: over again, at its last second */
  g_assert_true (br_round_add_minute (f->round));
  g_assert_cmpint (br_round_get_until_phase_end (f->round), >, 0);
  wakeups = br_round_ticker_get_n_wakeups (ticker);
  advance_both (f, timer, br_round_get_until_phase_end (f->round) / 1000 - 1);
  g_assert_cmpuint (state.n_phase_over, ==, 1);
  advance_both (f, timer, 1);
  g_assert_cmpuint (state.n_phase_over, ==, 2);
  g_assert_cmpuint (state.last_phase_over, ==, 0);
  g_assert_cmpint (state.until_end_at_phase_over, ==, 0);

  /* A suspend past the next phase's end: over at the first wake-up after,
   * once */
  g_assert_true (br_round_next_phase (f->round));
  wakeups = br_round_ticker_get_n_wakeups (ticker);
  advance (f, (gint64) (br_round_get_budget (f->round, 1) + 2) * MINUTE);
  g_assert_cmpint (br_fake_timer_get_next_due (timer), ==, 1000);
  br_fake_timer_advance (timer, 1000);
  g_assert_cmpuint (br_round_ticker_get_n_wakeups (ticker), ==, wakeups + 1);
  g_assert_cmpuint (state.n_phase_over, ==, 3);
  g_assert_cmpuint (state.last_phase_over, ==, 1);
  advance_both (f, timer, 5000);
  g_assert_cmpuint (state.n_phase_over, ==, 3);

  /* Stopped: nothing pending */
  g_assert_true (br_round_stop (f->round));
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
  g_assert_finalize_object (ticker);
  g_assert_finalize_object (timer);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/round/clock/fake", test_clock_fake);
  g_test_add_func ("/round/clock/system", test_clock_system);
#define ADD(path, func) \
  g_test_add ("/round/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("defaults", test_defaults);
  ADD ("allocation/every-length", test_allocation_every_length);
  ADD ("allocation/refused", test_allocation_refused);
  g_test_add_func ("/round/allocation/uneven", test_allocation_uneven);
  g_test_add_func ("/round/allocation/fixed", test_allocation_fixed);
  ADD ("budget", test_set_budget);
  ADD ("transitions", test_transitions);
  ADD ("reset", test_reset);
  ADD ("time/pause", test_pause_freezes);
  ADD ("time/overtime", test_overtime);
  ADD ("time/previous-phase", test_previous_phase);
  ADD ("time/add-minute", test_add_minute);
  ADD ("time/no-drift", test_no_drift);
  ADD ("time/until-next-second", test_until_next_second);
  ADD ("record", test_record);
  g_test_add_func ("/round/format-time", test_format_time);
  ADD ("random", test_random);
  ADD ("ticker/timer", test_ticker_timer);
  ADD ("ticker/system-timer", test_ticker_system_timer);
  ADD ("ticker/phase-over", test_ticker_phase_over);
#undef ADD

  return g_test_run ();
}
