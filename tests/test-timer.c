/* test-timer.c — the injectable timer: the fake one fires in order, by
 * hand, with no clock involved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-timer.h"

/* Order, removal, and time standing where it was moved to */
static void
record_fired (gpointer user_data)
{
  g_string_append_c (user_data, 'x');
}

static void
test_fake_timer (void)
{
  g_autoptr(BrFakeTimer) timer = br_fake_timer_new ();
  g_autoptr(GString) fired = g_string_new (NULL);
  guint a, b;

  a = br_timer_add (BR_TIMER (timer), 100, record_fired, fired);
  b = br_timer_add (BR_TIMER (timer), 50, record_fired, fired);
  g_assert_cmpuint (a, !=, b);
  g_assert_cmpint (br_fake_timer_get_next_due (timer), ==, 50);
  br_timer_remove (BR_TIMER (timer), a);
  br_fake_timer_advance (timer, 49);
  g_assert_cmpuint (fired->len, ==, 0);
  br_fake_timer_advance (timer, 51);
  g_assert_cmpuint (fired->len, ==, 1);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
  g_assert_cmpint (br_fake_timer_get_next_due (timer), ==, -1);
  g_assert_cmpuint (br_fake_timer_get_now (timer), ==, 100);
}

static void
add_again (gpointer user_data)
{
  BrFakeTimer *timer = user_data;

  /* Measured from the due time of the timeout that runs */
  g_assert_cmpuint (br_fake_timer_get_now (timer), ==, 10);
  br_timer_add (BR_TIMER (timer), 10, (BrTimerFunc) g_nullify_pointer, g_object_get_data (G_OBJECT (timer), "slot"));
}

/* A timeout added while another fires runs in the same advance when due */
static void
test_fake_timer_chained (void)
{
  g_autoptr(BrFakeTimer) timer = br_fake_timer_new ();
  gpointer slot = &slot;

  g_object_set_data (G_OBJECT (timer), "slot", &slot);
  br_timer_add (BR_TIMER (timer), 10, add_again, timer);
  br_fake_timer_advance (timer, 25);
  g_assert_null (slot);
  g_assert_cmpuint (br_fake_timer_get_now (timer), ==, 25);
  g_assert_cmpuint (br_fake_timer_get_n_pending (timer), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timer/fake", test_fake_timer);
  g_test_add_func ("/timer/fake-chained", test_fake_timer_chained);

  return g_test_run ();
}
