/* test-activity-chart.c — the study activity heat-map: its days, words,
 * tooltips, live updates and drawing, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "br-activity-chart.h"
#include "br-plan-page.h"
#include "br-test-app.h"

typedef struct {
  GtkWindow *window;
  BrActivityChart *chart;
  BrProgress *progress;
} Fixture;

static GDate
dmy (GDateDay   day,
     GDateMonth month,
     GDateYear  year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

static void
mark (BrProgress *progress,
      GDate       day,
      guint       times)
{
  for (guint i = 0; i < times; i++)
    br_progress_mark_active_day (progress, &day);
}

/* Today is Tuesday 3 November 2020, in the past of any run: marking the
 * real today (as checking an item does) never lands in the chart */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GDate today = dmy (3, G_DATE_NOVEMBER, 2020);

  f->progress = br_progress_new (NULL);
  mark (f->progress, dmy (3, G_DATE_NOVEMBER, 2020), 2);
  mark (f->progress, dmy (2, G_DATE_NOVEMBER, 2020), 1);
  mark (f->progress, dmy (1, G_DATE_NOVEMBER, 2020), 5);   /* a Sunday */
  mark (f->progress, dmy (30, G_DATE_OCTOBER, 2020), 4);
  mark (f->progress, dmy (20, G_DATE_AUGUST, 2020), 3);
  mark (f->progress, dmy (16, G_DATE_AUGUST, 2020), 1);    /* a Sunday, first shown only when weeks start on Sunday */
  mark (f->progress, dmy (15, G_DATE_AUGUST, 2020), 1);    /* never shown */
  mark (f->progress, dmy (4, G_DATE_NOVEMBER, 2020), 1);   /* after today */

  f->chart = BR_ACTIVITY_CHART (br_activity_chart_new ());
  br_activity_chart_set_first_weekday (f->chart, G_DATE_MONDAY);
  br_activity_chart_set_today (f->chart, &today);
  br_activity_chart_set_progress (f->chart, f->progress);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->chart));
  gtk_window_present (f->window);
  br_test_pump ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  br_test_pump ();
  g_assert_finalize_object (f->progress);
}

static void
test_levels (void)
{
  static const struct { guint count, level; } cases[] = {
    { 0, 0 }, { 1, 1 }, { 2, 2 }, { 3, 2 }, { 4, 3 }, { 5, 3 }, { 100, 3 }, { G_MAXUINT, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (br_activity_chart_level_for_count (cases[i].count), ==, cases[i].level);
}

static void
assert_day_text (BrActivityChart *chart,
                 GDate            day,
                 const char      *expected)
{
  g_autofree char *text = br_activity_chart_dup_day_text (chart, &day);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_summary_and_tooltips (Fixture       *f,
                           gconstpointer  data)
{
  /* Monday 17 August to Tuesday 3 November: 79 days */
  g_assert_cmpstr (br_activity_chart_get_summary (f->chart), ==,
                   "Studied on 5 of the last 79 days; 3 days in a row");
  assert_day_text (f->chart, dmy (3, G_DATE_NOVEMBER, 2020), "Tuesday 3 November: 2 study activities");
  assert_day_text (f->chart, dmy (2, G_DATE_NOVEMBER, 2020), "Monday 2 November: 1 study activity");
  assert_day_text (f->chart, dmy (31, G_DATE_OCTOBER, 2020), "Saturday 31 October: no study activity");

  /* Weeks starting on Sunday show one more day, 16 August */
  br_activity_chart_set_first_weekday (f->chart, G_DATE_SUNDAY);
  g_assert_cmpstr (br_activity_chart_get_summary (f->chart), ==,
                   "Studied on 6 of the last 80 days; 3 days in a row");

  /* No progress: nothing studied */
  br_activity_chart_set_progress (f->chart, NULL);
  g_assert_cmpstr (br_activity_chart_get_summary (f->chart), ==,
                   "Studied on 0 of the last 80 days; no study streak yet");
  br_activity_chart_set_progress (f->chart, f->progress);

  /* Following the clock again */
  br_activity_chart_set_today (f->chart, NULL);
  g_assert_null (br_activity_chart_get_today (f->chart));
  g_assert_true (g_str_has_prefix (br_activity_chart_get_summary (f->chart), "Studied on "));
}

static graphene_rect_t
day_rect (BrActivityChart *chart,
          GDate            day)
{
  graphene_rect_t rect;

  g_assert_true (br_activity_chart_get_day_rect (chart, &day, &rect));
  return rect;
}

static void
assert_day_at (BrActivityChart *chart,
               double           x,
               double           y,
               const GDate     *expected)
{
  GDate day;

  g_date_clear (&day, 1);
  if (expected == NULL)
    {
      g_assert_false (br_activity_chart_get_day_at (chart, x, y, &day));
      return;
    }
  g_assert_true (br_activity_chart_get_day_at (chart, x, y, &day));
  g_assert_cmpint (g_date_compare (&day, expected), ==, 0);
}

static void
test_cells (Fixture       *f,
            gconstpointer  data)
{
  GDate today = dmy (3, G_DATE_NOVEMBER, 2020);
  GDate day = dmy (17, G_DATE_AUGUST, 2020);
  GDate tomorrow = dmy (4, G_DATE_NOVEMBER, 2020);
  GDate before_first = dmy (16, G_DATE_AUGUST, 2020);
  graphene_rect_t tue, mon, sun, earlier, rect;
  guint n_shown = 0;

  /* Weeks start on Monday: Monday 2 November is above today, Sunday
   * 1 November at the bottom of the week before */
  tue = day_rect (f->chart, today);
  mon = day_rect (f->chart, dmy (2, G_DATE_NOVEMBER, 2020));
  sun = day_rect (f->chart, dmy (1, G_DATE_NOVEMBER, 2020));
  earlier = day_rect (f->chart, dmy (27, G_DATE_OCTOBER, 2020));
  g_assert_cmpfloat (mon.origin.x, ==, tue.origin.x);
  g_assert_cmpfloat (mon.origin.y, <, tue.origin.y);
  g_assert_cmpfloat (sun.origin.x, <, mon.origin.x);
  g_assert_cmpfloat (sun.origin.y, >, tue.origin.y);
  g_assert_cmpfloat (earlier.origin.y, ==, tue.origin.y);
  g_assert_cmpfloat (earlier.origin.x, <, tue.origin.x);
  g_assert_cmpfloat (tue.size.width, >=, 10);
  g_assert_cmpfloat (tue.size.width, <=, 16);

  /* Nothing after today, nothing before the first week */
  g_assert_false (br_activity_chart_get_day_rect (f->chart, &tomorrow, &rect));
  g_assert_false (br_activity_chart_get_day_rect (f->chart, &before_first, &rect));

  /* Every shown day's cell gives back its day; the gaps and the labels none */
  while (g_date_compare (&day, &today) <= 0)
    {
      rect = day_rect (f->chart, day);
      assert_day_at (f->chart, rect.origin.x + rect.size.width / 2, rect.origin.y + rect.size.height / 2, &day);
      assert_day_at (f->chart, rect.origin.x + 0.5, rect.origin.y + 0.5, &day);
      assert_day_at (f->chart, rect.origin.x + rect.size.width + 1, rect.origin.y + 1, NULL);
      n_shown++;
      g_date_add_days (&day, 1);
    }
  g_assert_cmpuint (n_shown, ==, 79);
  assert_day_at (f->chart, mon.origin.x + 2, mon.origin.y + mon.size.height + 1, NULL);
  assert_day_at (f->chart, 0, 0, NULL);
  assert_day_at (f->chart, tue.origin.x + 2, tue.origin.y + tue.size.height + 6, NULL);  /* tomorrow */

  /* Weeks starting on Sunday: 1 November tops today's column */
  br_activity_chart_set_first_weekday (f->chart, G_DATE_SUNDAY);
  tue = day_rect (f->chart, today);
  sun = day_rect (f->chart, dmy (1, G_DATE_NOVEMBER, 2020));
  mon = day_rect (f->chart, dmy (2, G_DATE_NOVEMBER, 2020));
  g_assert_cmpfloat (sun.origin.x, ==, tue.origin.x);
  g_assert_cmpfloat (sun.origin.y, <, mon.origin.y);
  g_assert_cmpfloat (mon.origin.y, <, tue.origin.y);
  day_rect (f->chart, dmy (16, G_DATE_AUGUST, 2020));

  /* Right to left: time runs the other way */
  gtk_widget_set_direction (GTK_WIDGET (f->chart), GTK_TEXT_DIR_RTL);
  earlier = day_rect (f->chart, dmy (25, G_DATE_OCTOBER, 2020));
  tue = day_rect (f->chart, today);
  g_assert_cmpfloat (earlier.origin.x, >, tue.origin.x);
  assert_day_at (f->chart, tue.origin.x + 1, tue.origin.y + 1, &today);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *n)
{
  (*n)++;
}

static void
test_live (Fixture       *f,
           gconstpointer  data)
{
  GDate saturday = dmy (31, G_DATE_OCTOBER, 2020);
  guint n_summary = 0;

  g_signal_connect (f->chart, "notify::summary", G_CALLBACK (count_notify), &n_summary);

  /* A new study day joins the streak */
  mark (f->progress, dmy (31, G_DATE_OCTOBER, 2020), 1);
  g_assert_cmpuint (n_summary, ==, 1);
  g_assert_cmpstr (br_activity_chart_get_summary (f->chart), ==,
                   "Studied on 6 of the last 79 days; 5 days in a row");
  assert_day_text (f->chart, dmy (31, G_DATE_OCTOBER, 2020), "Saturday 31 October: 1 study activity");

  /* Changes that do not touch the shown days leave it alone */
  br_progress_set_item_state (f->progress, "items/cap-theorem", BR_ITEM_STATE_DONE);
  mark (f->progress, dmy (1, G_DATE_JANUARY, 2020), 1);
  g_assert_cmpuint (n_summary, ==, 1);

  /* Another day of the chart */
  br_activity_chart_set_today (f->chart, &saturday);
  g_assert_cmpuint (n_summary, ==, 2);
  g_assert_cmpstr (br_activity_chart_get_summary (f->chart), ==,
                   "Studied on 5 of the last 83 days; 2 days in a row");
}

/* The chart drawn by the window's renderer, as premultiplied ARGB */
static guint32 *
render (Fixture *f,
        int     *width,
        int     *height)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (f->window));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (f->chart));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guint32 *pixels;

  *width = gtk_widget_get_width (GTK_WIDGET (f->chart));
  *height = gtk_widget_get_height (GTK_WIDGET (f->chart));
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  pixels = g_new (guint32, *width * *height);
  gdk_texture_download (texture, (guchar *) pixels, *width * 4);
  return pixels;
}

static guint32
pixel_at (const guint32 *pixels,
          int            width,
          float          x,
          float          y)
{
  return pixels[(int) y * width + (int) x];
}

#define ALPHA(p) (((p) >> 24) & 0xff)
#define RED(p)   (((p) >> 16) & 0xff)
#define GREEN(p) (((p) >> 8) & 0xff)
#define BLUE(p)  ((p) & 0xff)

static void
assert_color (guint32        pixel,
              const GdkRGBA *color,
              float          alpha)
{
  float a = color->alpha * alpha;

  g_assert_cmpint (ABS ((int) ALPHA (pixel) - (int) (a * 255 + 0.5)), <=, 2);
  g_assert_cmpint (ABS ((int) RED (pixel) - (int) (color->red * a * 255 + 0.5)), <=, 2);
  g_assert_cmpint (ABS ((int) GREEN (pixel) - (int) (color->green * a * 255 + 0.5)), <=, 2);
  g_assert_cmpint (ABS ((int) BLUE (pixel) - (int) (color->blue * a * 255 + 0.5)), <=, 2);
}

static void
check_drawing (Fixture *f)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (f->chart));
  graphene_rect_t four = day_rect (f->chart, dmy (1, G_DATE_NOVEMBER, 2020));   /* 5 things */
  graphene_rect_t one = day_rect (f->chart, dmy (2, G_DATE_NOVEMBER, 2020));    /* 1 thing */
  graphene_rect_t none = day_rect (f->chart, dmy (31, G_DATE_OCTOBER, 2020));
  graphene_rect_t today = day_rect (f->chart, dmy (3, G_DATE_NOVEMBER, 2020));
  g_autofree guint32 *pixels = NULL;
  GdkRGBA fg, accent;
  int width, height;

  gtk_style_context_get_color (context, &fg);
  g_assert_true (gtk_style_context_lookup_color (context, "accent_bg_color", &accent));
  pixels = render (f, &width, &height);
  g_assert_cmpfloat (today.origin.x + today.size.width + 3, <=, width);

  assert_color (pixel_at (pixels, width, four.origin.x + 6, four.origin.y + 6), &accent, 1.0f);
  assert_color (pixel_at (pixels, width, one.origin.x + 6, one.origin.y + 6), &accent, 0.45f);
  assert_color (pixel_at (pixels, width, none.origin.x + 6, none.origin.y + 6), &fg, 0.10f);

  /* Today is outlined in the gap around it; other days are not */
  g_assert_cmpuint (ALPHA (pixel_at (pixels, width, today.origin.x - 2, today.origin.y + 6)), >, 64);
  g_assert_cmpuint (ALPHA (pixel_at (pixels, width, one.origin.x - 2, one.origin.y + 6)), ==, 0);
}

static void
test_drawing (Fixture       *f,
              gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GdkRGBA fg;

  check_drawing (f);

  /* The dark style: light empty days on a dark background */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  br_test_pump ();
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (f->chart)), &fg);
  g_assert_cmpfloat (fg.red, >, 0.8);
  check_drawing (f);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  br_test_pump ();
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (f->chart)), &fg);
  g_assert_cmpfloat (fg.red, <, 0.2);
}

/* The months whose names show, and no two of them overlap or leave the
 * chart */
static guint
check_month_names (BrActivityChart *chart)
{
  graphene_rect_t shown[12];
  guint n_shown = 0;

  for (GDateMonth month = G_DATE_JANUARY; month <= G_DATE_DECEMBER; month++)
    {
      graphene_rect_t rect;

      if (!br_activity_chart_get_month_rect (chart, month, &rect))
        continue;
      g_assert_cmpfloat (rect.origin.x, >=, 0);
      g_assert_cmpfloat (rect.origin.x + rect.size.width, <=, gtk_widget_get_width (GTK_WIDGET (chart)));
      for (guint i = 0; i < n_shown; i++)
        g_assert_false (graphene_rect_intersection (&rect, &shown[i], NULL));
      shown[n_shown++] = rect;
    }
  return n_shown;
}

/* Ink inside @rect of the chart's drawing: a name is drawn there */
static gboolean
has_ink (Fixture               *f,
         const graphene_rect_t *rect)
{
  g_autofree guint32 *pixels = NULL;
  int width, height;

  pixels = render (f, &width, &height);
  for (int y = rect->origin.y; y < rect->origin.y + rect->size.height && y < height; y++)
    for (int x = rect->origin.x; x < rect->origin.x + rect->size.width && x < width; x++)
      if (ALPHA (pixels[y * width + x]) > 64)
        return TRUE;
  return FALSE;
}

/* The current month is named, even when it begins in the last column,
 * inside the chart and clear of the month before */
static void
test_month_names (Fixture       *f,
                  gconstpointer  data)
{
  GDate december_4 = dmy (4, G_DATE_DECEMBER, 2026);   /* a Friday */
  GDate december_2 = dmy (2, G_DATE_DECEMBER, 2026);   /* a Wednesday */
  GDate november_30 = dmy (30, G_DATE_NOVEMBER, 2026);
  g_autoptr(GtkCssProvider) large = gtk_css_provider_new ();
  graphene_rect_t december, november, grid_end;
  guint n_names;

  /* Weeks from Sunday: the last column is 29 November to 5 December */
  br_activity_chart_set_first_weekday (f->chart, G_DATE_SUNDAY);
  br_activity_chart_set_today (f->chart, &december_4);
  br_test_pump ();
  g_assert_true (br_activity_chart_get_month_rect (f->chart, G_DATE_DECEMBER, &december));
  g_assert_true (br_activity_chart_get_month_rect (f->chart, G_DATE_NOVEMBER, &november));
  g_assert_true (br_activity_chart_get_day_rect (f->chart, &december_4, &grid_end));
  /* Inside the grid's width, after November's name */
  g_assert_cmpfloat (december.origin.x + december.size.width, <=, grid_end.origin.x + grid_end.size.width + 0.5f);
  g_assert_cmpfloat (december.origin.x, >, november.origin.x + november.size.width);
  g_assert_true (has_ink (f, &december));
  n_names = check_month_names (f->chart);
  g_assert_cmpuint (n_names, >=, 3);

  /* The day before the month began, the month was not named yet */
  br_activity_chart_set_today (f->chart, &november_30);
  br_test_pump ();
  g_assert_false (br_activity_chart_get_month_rect (f->chart, G_DATE_DECEMBER, &december));
  g_assert_false (has_ink (f, &december));

  /* A month that begins with the last column is named there, kept inside */
  br_activity_chart_set_first_weekday (f->chart, G_DATE_TUESDAY);
  br_activity_chart_set_today (f->chart, &december_2);
  br_test_pump ();
  g_assert_true (br_activity_chart_get_month_rect (f->chart, G_DATE_DECEMBER, &december));
  g_assert_true (br_activity_chart_get_day_rect (f->chart, &december_2, &grid_end));
  g_assert_cmpfloat (december.origin.x + december.size.width, <=, grid_end.origin.x + grid_end.size.width + 0.5f);
  check_month_names (f->chart);

  /* Names too wide for their columns: the current month still shows, and
   * a name it would run into is left out */
  gtk_css_provider_load_from_data (large, "* { font-size: 30px; }", -1);
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (f->chart)),
                                  GTK_STYLE_PROVIDER (large), GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  br_activity_chart_set_first_weekday (f->chart, G_DATE_SUNDAY);
  br_activity_chart_set_today (f->chart, &december_4);
  br_test_pump ();
  g_assert_true (br_activity_chart_get_month_rect (f->chart, G_DATE_DECEMBER, &december));
  g_assert_true (has_ink (f, &december));
  g_assert_cmpuint (check_month_names (f->chart), <, n_names);

  /* Right to left: mirrored, still inside */
  gtk_widget_set_direction (GTK_WIDGET (f->chart), GTK_TEXT_DIR_RTL);
  br_test_pump ();
  g_assert_true (br_activity_chart_get_month_rect (f->chart, G_DATE_DECEMBER, &december));
  g_assert_true (has_ink (f, &december));
  check_month_names (f->chart);
}

static void
plan_page_body (BrApplication *app,
                BrWindow      *window)
{
  GtkWidget *page = br_test_find_widget (GTK_WIDGET (window), BR_TYPE_PLAN_PAGE);
  GtkWidget *chart = br_test_find_widget (page, BR_TYPE_ACTIVITY_CHART);
  BrProgress *progress = br_application_get_progress (app);
  g_autofree char *before = NULL;

  g_assert_nonnull (chart);
  g_assert_true (br_activity_chart_get_progress (BR_ACTIVITY_CHART (chart)) == progress);
  g_assert_true (gtk_widget_get_mapped (chart));
  g_assert_null (br_activity_chart_get_today (BR_ACTIVITY_CHART (chart)));

  /* Studying today shows at once */
  before = g_strdup (br_activity_chart_get_summary (BR_ACTIVITY_CHART (chart)));
  g_assert_true (g_str_has_suffix (before, "no study streak yet"));
  br_progress_mark_active_today (progress);
  g_assert_true (g_str_has_suffix (br_activity_chart_get_summary (BR_ACTIVITY_CHART (chart)), "; 1 day in a row"));
}

static void
test_plan_page (void)
{
  br_test_run_in_app (plan_page_body);
}

int
main (int   argc,
      char *argv[])
{
  br_test_init (&argc, &argv);
  adw_init ();

  g_test_add_func ("/activity-chart/levels", test_levels);
  g_test_add ("/activity-chart/summary-and-tooltips", Fixture, NULL, fixture_set_up, test_summary_and_tooltips, fixture_tear_down);
  g_test_add ("/activity-chart/cells", Fixture, NULL, fixture_set_up, test_cells, fixture_tear_down);
  g_test_add ("/activity-chart/live", Fixture, NULL, fixture_set_up, test_live, fixture_tear_down);
  g_test_add ("/activity-chart/drawing", Fixture, NULL, fixture_set_up, test_drawing, fixture_tear_down);
  g_test_add ("/activity-chart/month-names", Fixture, NULL, fixture_set_up, test_month_names, fixture_tear_down);
  g_test_add_func ("/activity-chart/plan-page", test_plan_page);

  return g_test_run ();
}
