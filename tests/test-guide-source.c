/* test-guide-source.c — the built-in guide against its source document,
 * and FORMAT.md against the parser
 *
 * tests/data/guide/source/amazon-system-design-guide.md is a verbatim copy
 * of the source the guide is written from. Its lists (the principles, the
 * Amazon way, the differences, the 30 questions and their categories, the
 * stages and phases of the interview, the study plan, the resources, the
 * do's and don'ts, the closing values) are read from it here, not typed
 * into the test, and compared with the built-in guide.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "br-guide.h"
#include "br-guide-private.h"

/* ---------------------------------------------------------------------- */
/* Reading the source                                                      */

typedef struct {
  char *section;     /* the "## " heading it is under */
  char *subsection;  /* the "### " heading it is under, or NULL */
  char *text;        /* the line, without its list marker */
} SourceLine;

static void
source_line_free (SourceLine *line)
{
  g_free (line->section);
  g_free (line->subsection);
  g_free (line->text);
  g_free (line);
}

/* "[Design DynamoDB](dynamodb.md)" -> "Design DynamoDB" */
static char *
strip_links (const char *text)
{
  g_autoptr(GRegex) link = g_regex_new ("\\[([^]]*)\\]\\([^)]*\\)", 0, 0, NULL);

  return g_regex_replace (link, text, -1, 0, "\\1", 0, NULL);
}

static GPtrArray *
read_source (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "guide", "source",
                                                 "amazon-system-design-guide.md", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) source_line_free);
  g_autofree char *section = NULL;
  g_autofree char *subsection = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      SourceLine *entry;

      if (g_str_has_prefix (line, "## "))
        {
          g_free (section);
          section = g_strdup (line + 3);
          g_clear_pointer (&subsection, g_free);
          continue;
        }
      if (g_str_has_prefix (line, "### "))
        {
          g_free (subsection);
          subsection = strip_links (line + 4);
          continue;
        }
      if (*line == '\0' || section == NULL)
        continue;

      entry = g_new0 (SourceLine, 1);
      entry->section = g_strdup (section);
      entry->subsection = g_strdup (subsection);
      entry->text = strip_links (line);
      g_ptr_array_add (result, entry);
    }
  return result;
}

/* The headings "### N. Title" of a section, numbers dropped */
static GStrv
source_headings (const char *section)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "guide", "source",
                                                 "amazon-system-design-guide.md", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GRegex) numbered = g_regex_new ("^### [0-9]+\\. (?:\\*\\*)?(.*?)(?:\\*\\*)?$", 0, 0, NULL);
  gboolean inside = FALSE;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      if (g_str_has_prefix (lines[i], "## "))
        inside = g_str_equal (lines[i] + 3, section);
      else if (inside && g_regex_match (numbered, lines[i], 0, &match))
        {
          g_autofree char *title = g_match_info_fetch (match, 1);
          g_strv_builder_add (builder, g_strstrip (title));
        }
    }
  return g_strv_builder_end (builder);
}

/* The bold phrases "**X**" that start the lines of a (sub)section */
static GStrv
source_bold (GPtrArray  *source,
             const char *section,
             const char *subsection,
             GStrv      *rests)
{
  g_autoptr(GRegex) bold = g_regex_new ("^(?:[-*✅❌] |[0-9]+\\. )?\\s*\\*\\*(.+?)\\*\\*\\s*(.*)$", 0, 0, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) rest_builder = g_strv_builder_new ();

  for (guint i = 0; i < source->len; i++)
    {
      SourceLine *line = g_ptr_array_index (source, i);
      g_autoptr(GMatchInfo) match = NULL;

      if (!g_str_equal (line->section, section) ||
          (subsection != NULL && g_strcmp0 (line->subsection, subsection) != 0))
        continue;
      if (g_regex_match (bold, line->text, 0, &match))
        {
          g_autofree char *phrase = g_match_info_fetch (match, 1);
          g_autofree char *rest = g_match_info_fetch (match, 2);

          g_strv_builder_add (builder, g_strstrip (phrase));
          g_strv_builder_add (rest_builder, g_strstrip (rest));
        }
    }
  if (rests != NULL)
    *rests = g_strv_builder_end (rest_builder);
  return g_strv_builder_end (builder);
}

/* The guide writes "and" where the source writes "&": several widgets
 * read titles as Pango markup, where "&" starts an entity */
static char *
from_source (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  g_string_replace (out, " & ", " and ", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static BrGuide *
builtin (void)
{
  g_autoptr(GError) error = NULL;
  BrGuide *guide = br_guide_new_builtin (&error);

  g_assert_no_error (error);
  return guide;
}

static const char *
title_of (GListModel *model,
          guint       i)
{
  g_autoptr(BrGuideEntry) entry = g_list_model_get_item (model, i);

  /* The guide keeps its entries alive */
  return br_guide_entry_get_title (entry);
}

static void
assert_same_words (const char *guide,
                   const char *source)
{
  g_autofree char *a = g_utf8_casefold (guide, -1);
  g_autofree char *b = g_utf8_casefold (source, -1);

  if (g_strcmp0 (a, b) != 0)
    g_error ("the guide says “%s” where the source says “%s”", guide, source);
}

/* ---------------------------------------------------------------------- */
/* The tests                                                               */

static void
test_principles (void)
{
  g_autoptr(BrGuide) guide = builtin ();
  GListModel *principles = br_guide_get_principles (guide);
  g_auto(GStrv) source = source_headings ("Amazon's Leadership Principles in System Design");
  guint n_source = g_strv_length (source);
  guint n = g_list_model_get_n_items (principles);

  /* The source's fourteen, in its order and with its names */
  g_assert_cmpuint (n_source, ==, 14);
  g_assert_cmpuint (n, >=, n_source);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BrPrinciple) p = g_list_model_get_item (principles, i);

      if (i < n_source)
        {
          g_assert_cmpstr (br_guide_entry_get_title (BR_GUIDE_ENTRY (p)), ==, source[i]);
          g_assert_false (br_principle_get_added_2021 (p));
          /* The source's three design points, in the guide's words */
          g_assert_cmpuint (g_strv_length ((char **) br_principle_get_practices (p)), ==, 3);
        }
      else
        /* Anything after them is a later addition, marked as such */
        g_assert_true (br_principle_get_added_2021 (p));
    }
}

static void
test_amazon_way (void)
{
  g_autoptr(GPtrArray) source = read_source ();
  g_autoptr(BrGuide) guide = builtin ();
  GListModel *traits = br_guide_get_amazon_way (guide);
  g_auto(GStrv) way = NULL;

  /* "The Amazon Way" is a ### under the overview */
  for (guint i = 0; i < source->len; i++)
    {
      SourceLine *line = g_ptr_array_index (source, i);
      if (g_strcmp0 (line->subsection, "The Amazon Way") == 0)
        {
          way = source_bold (source, line->section, "The Amazon Way", NULL);
          break;
        }
    }
  g_assert_nonnull (way);
  g_assert_cmpuint (g_strv_length (way), ==, 5);
  g_assert_nonnull (br_guide_get_amazon_way_summary (guide));
  g_assert_cmpuint (g_list_model_get_n_items (traits), ==, g_strv_length (way));
  /* Each trait's title starts with the source's phrase in bold:
   * "**Optimize for long-term value** over short-term gains" */
  for (guint i = 0; way[i] != NULL; i++)
    {
      g_autofree char *title = g_utf8_casefold (title_of (traits, i), -1);
      g_autofree char *phrase = g_utf8_casefold (way[i], -1);

      if (!g_str_has_prefix (title, phrase))
        g_error ("the trait “%s” does not start with the source's “%s”", title_of (traits, i), way[i]);
    }
}

static void
test_differences (void)
{
  g_autoptr(BrGuide) guide = builtin ();
  GListModel *differences = br_guide_get_differences (guide);
  g_auto(GStrv) source = source_headings ("Key Differences from Other Tech Companies");

  g_assert_cmpuint (g_strv_length (source), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (differences), ==, g_strv_length (source));
  for (guint i = 0; source[i] != NULL; i++)
    g_assert_cmpstr (title_of (differences, i), ==, source[i]);
}

/* The titles, their order, the categories and their counts */
static void
test_questions (void)
{
  g_autoptr(GPtrArray) source = read_source ();
  g_autoptr(BrGuide) guide = builtin ();
  GListModel *questions = br_guide_get_questions (guide);
  GListModel *categories = br_guide_get_categories (guide);
  g_autoptr(GRegex) numbered = g_regex_new ("^([0-9]+)\\. \\*\\*(.+)\\*\\*$", 0, 0, NULL);
  g_autoptr(GPtrArray) category_titles = g_ptr_array_new ();
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));
  guint n = 0;

  for (guint i = 0; i < source->len; i++)
    {
      SourceLine *line = g_ptr_array_index (source, i);
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *number = NULL;
      g_autofree char *title = NULL;
      g_autoptr(BrQuestion) question = NULL;
      BrCategory *category;

      if (!g_str_equal (line->section, "Common Amazon System Design Questions") ||
          !g_regex_match (numbered, line->text, 0, &match))
        continue;

      number = g_match_info_fetch (match, 1);
      title = g_match_info_fetch (match, 2);
      if (category_titles->len == 0 ||
          !g_str_equal (g_ptr_array_index (category_titles, category_titles->len - 1), line->subsection))
        {
          guint zero = 0;
          g_ptr_array_add (category_titles, line->subsection);
          g_array_append_val (counts, zero);
        }
      g_array_index (counts, guint, counts->len - 1)++;

      g_assert_cmpuint (n, <, g_list_model_get_n_items (questions));
      question = g_list_model_get_item (questions, n);
      n++;
      g_assert_cmpuint (g_ascii_strtoull (number, NULL, 10), ==, n);
      g_assert_cmpuint (br_question_get_number (question), ==, n);
      g_assert_cmpstr (br_guide_entry_get_title (BR_GUIDE_ENTRY (question)), ==, title);
      category = br_question_get_category (question);
      {
        g_autofree char *expected = from_source (g_ptr_array_index (category_titles, category_titles->len - 1));
        g_assert_cmpstr (br_guide_entry_get_title (BR_GUIDE_ENTRY (category)), ==, expected);
      }
    }

  /* 30 questions in five categories: 8, 8, 5, 5 and 4 */
  g_assert_cmpuint (n, ==, 30);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, n);
  g_assert_cmpuint (category_titles->len, ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, category_titles->len);
  for (guint c = 0; c < category_titles->len; c++)
    {
      static const guint expected[] = { 8, 8, 5, 5, 4 };
      g_autoptr(BrCategory) category = g_list_model_get_item (categories, c);
      g_autofree char *expected_title = from_source (g_ptr_array_index (category_titles, c));
      guint in_guide = 0;

      g_assert_cmpstr (br_guide_entry_get_title (BR_GUIDE_ENTRY (category)), ==, expected_title);
      g_assert_cmpuint (g_array_index (counts, guint, c), ==, expected[c]);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(BrQuestion) q = g_list_model_get_item (questions, i);
          if (br_question_get_category (q) == category)
            in_guide++;
        }
      g_assert_cmpuint (in_guide, ==, g_array_index (counts, guint, c));
    }
}

static void
test_process (void)
{
  g_autoptr(GPtrArray) source = read_source ();
  g_autoptr(BrGuide) guide = builtin ();
  GListModel *stages = br_guide_get_stages (guide);
  GListModel *phases = br_guide_get_phases (guide);
  g_autoptr(GRegex) stage_re = g_regex_new ("^[0-9]+\\. \\*\\*(.+) \\(([0-9]+)-([0-9]+) (minutes|interviews)\\)\\*\\*$", 0, 0, NULL);
  g_autoptr(GRegex) phase_re = g_regex_new ("^[0-9]+\\. \\*\\*(.+) \\(([0-9]+)-([0-9]+) min\\)\\*\\*$", 0, 0, NULL);
  g_auto(GStrv) headings = source_headings ("Interview Process & What to Expect");
  guint n_phases = 0;
  gboolean bar_raiser = FALSE;

  /* "### 1. **Phone Screen (45-60 minutes)**", "### 2. **Onsite Loop (4-6 interviews)**" */
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 2);
  for (guint s = 0; s < 2; s++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autoptr(BrStage) stage = g_list_model_get_item (stages, s);
      g_autofree char *heading = g_strdup_printf ("%u. **%s**", s + 1, headings[s]);
      g_autofree char *title = NULL;
      g_autofree char *min = NULL;
      g_autofree char *max = NULL;
      g_autofree char *unit = NULL;

      g_assert_true (g_regex_match (stage_re, heading, 0, &match));
      title = g_match_info_fetch (match, 1);
      min = g_match_info_fetch (match, 2);
      max = g_match_info_fetch (match, 3);
      unit = g_match_info_fetch (match, 4);
      g_assert_cmpstr (br_guide_entry_get_title (BR_GUIDE_ENTRY (stage)), ==, title);
      if (g_str_equal (unit, "minutes"))
        {
          g_assert_cmpuint (br_stage_get_min_minutes (stage), ==, g_ascii_strtoull (min, NULL, 10));
          g_assert_cmpuint (br_stage_get_max_minutes (stage), ==, g_ascii_strtoull (max, NULL, 10));
        }
    }

  for (guint i = 0; i < source->len; i++)
    {
      SourceLine *line = g_ptr_array_index (source, i);
      g_autoptr(GMatchInfo) match = NULL;

      if (!g_str_equal (line->section, "Interview Process & What to Expect"))
        continue;

      /* The loop's rounds include the bar raiser round, as in the source */
      if (g_str_has_prefix (line->text, "- ") && g_ascii_strcasecmp (line->text + 2, "Bar raiser round") == 0)
        {
          g_autoptr(BrStage) loop = g_list_model_get_item (stages, 1);
          const char * const *points = br_stage_get_points (loop);

          for (guint p = 0; points[p] != NULL; p++)
            if (g_ascii_strcasecmp (points[p], "A bar raiser round") == 0)
              bar_raiser = TRUE;
        }

      /* The five phases with their minutes */
      if (g_regex_match (phase_re, line->text, 0, &match))
        {
          g_autoptr(BrPhase) phase = g_list_model_get_item (phases, n_phases);
          g_autofree char *source_title = g_match_info_fetch (match, 1);
          g_autofree char *title = from_source (source_title);
          g_autofree char *min = g_match_info_fetch (match, 2);
          g_autofree char *max = g_match_info_fetch (match, 3);

          g_assert_nonnull (phase);
          g_assert_cmpstr (br_guide_entry_get_title (BR_GUIDE_ENTRY (phase)), ==, title);
          g_assert_cmpuint (br_phase_get_min_minutes (phase), ==, g_ascii_strtoull (min, NULL, 10));
          g_assert_cmpuint (br_phase_get_max_minutes (phase), ==, g_ascii_strtoull (max, NULL, 10));
          n_phases++;
        }
    }
  g_assert_true (bar_raiser);
  g_assert_cmpuint (n_phases, ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, n_phases);
}

static void
test_plan (void)
{
  g_autoptr(GPtrArray) source = read_source ();
  g_autoptr(BrGuide) guide = builtin ();
  GListModel *blocks = br_guide_get_blocks (guide);
  g_autoptr(GRegex) week_re = g_regex_new ("^Week ([0-9]+)-([0-9]+): (.+)$", 0, 0, NULL);
  g_autoptr(GRegex) item_re = g_regex_new ("^- \\[ \\] (.+)$", 0, 0, NULL);
  int block = -1;
  guint item = 0;
  const char *week_heading = NULL;

  for (guint i = 0; i < source->len; i++)
    {
      SourceLine *line = g_ptr_array_index (source, i);
      g_autoptr(GMatchInfo) week = NULL;
      g_autoptr(GMatchInfo) match = NULL;
      g_autoptr(BrBlock) b = NULL;
      g_autofree char *text = NULL;

      if (!g_str_equal (line->section, "Study Plan & Resources") || line->subsection == NULL ||
          !g_regex_match (week_re, line->subsection, 0, &week) ||
          !g_regex_match (item_re, line->text, 0, &match))
        continue;

      /* "### Week 1-2: Foundations" starts a block */
      if (g_strcmp0 (week_heading, line->subsection) != 0)
        {
          g_autofree char *first = g_match_info_fetch (week, 1);
          g_autofree char *last = g_match_info_fetch (week, 2);
          g_autofree char *title = g_match_info_fetch (week, 3);

          if (block >= 0)
            {
              g_autoptr(BrBlock) previous = g_list_model_get_item (blocks, block);
              g_assert_cmpuint (g_list_model_get_n_items (br_block_get_items (previous)), ==, item);
            }
          week_heading = line->subsection;
          block++;
          item = 0;
          b = g_list_model_get_item (blocks, block);
          g_assert_nonnull (b);
          g_assert_cmpstr (br_guide_entry_get_title (BR_GUIDE_ENTRY (b)), ==, title);
          g_assert_cmpuint (br_block_get_first_week (b), ==, g_ascii_strtoull (first, NULL, 10));
          g_assert_cmpuint (br_block_get_last_week (b), ==, g_ascii_strtoull (last, NULL, 10));
          g_clear_object (&b);
        }

      /* "- [ ] Review 7 Laws of Distributed Systems": the item's title */
      b = g_list_model_get_item (blocks, block);
      text = g_match_info_fetch (match, 1);
      g_assert_cmpuint (item, <, g_list_model_get_n_items (br_block_get_items (b)));
      assert_same_words (title_of (br_block_get_items (b), item), text);
      item++;
    }
  g_assert_cmpint (block, ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (blocks), ==, 6);
  {
    g_autoptr(BrBlock) last = g_list_model_get_item (blocks, 5);
    g_assert_cmpuint (g_list_model_get_n_items (br_block_get_items (last)), ==, item);
  }
}

/* The source's names of the resources; the guide uses AWS's own name where
 * the source does not */
static char *
resource_name (const char *source)
{
  if (g_str_equal (source, "Amazon's Architecture Center"))
    return g_strdup ("AWS Architecture Center");
  return from_source (source);
}

static void
test_resources (void)
{
  g_autoptr(GPtrArray) source = read_source ();
  g_autoptr(BrGuide) guide = builtin ();
  GListModel *resources = br_guide_get_resources (guide);
  static const struct { const char *subsection; BrResourceKind kind; } kinds[] = {
    { "Internal Systems to Study", BR_RESOURCE_KIND_INTERNAL_SYSTEM },
    { "Key Technologies", BR_RESOURCE_KIND_TECHNOLOGY },
    { "Recommended Reading", BR_RESOURCE_KIND_READING },
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_auto(GStrv) names = source_bold (source, "Amazon-Specific Resources", kinds[k].subsection, NULL);
      guint found = 0;

      g_assert_cmpuint (g_strv_length (names), ==, 5);
      for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
        {
          g_autoptr(BrResource) r = g_list_model_get_item (resources, i);
          g_autoptr(GString) title = NULL;
          g_autofree char *expected = NULL;

          if (br_resource_get_kind (r) != kinds[k].kind)
            continue;
          /* Curly quotes in the guide, straight in the source */
          title = g_string_new (br_guide_entry_get_title (BR_GUIDE_ENTRY (r)));
          g_string_replace (title, "“", "\"", 0);
          g_string_replace (title, "”", "\"", 0);
          g_assert_cmpuint (found, <, 5);
          expected = resource_name (names[found]);
          g_assert_cmpstr (title->str, ==, expected);
          found++;
        }
      g_assert_cmpuint (found, ==, 5);
    }
}

static void
test_tips (void)
{
  g_autoptr(GPtrArray) source = read_source ();
  g_autoptr(BrGuide) guide = builtin ();
  GListModel *tips = br_guide_get_tips (guide);
  g_auto(GStrv) dos = source_bold (source, "Tips for Success", "Do's", NULL);
  g_auto(GStrv) donts = source_bold (source, "Tips for Success", "Don'ts", NULL);
  guint n_do = 0, n_dont = 0;

  g_assert_cmpuint (g_strv_length (dos), ==, 6);
  g_assert_cmpuint (g_strv_length (donts), ==, 6);
  for (guint i = 0; i < g_list_model_get_n_items (tips); i++)
    {
      g_autoptr(BrTip) t = g_list_model_get_item (tips, i);
      const char *title = br_guide_entry_get_title (BR_GUIDE_ENTRY (t));

      if (br_tip_get_kind (t) == BR_TIP_KIND_DO)
        assert_same_words (title, dos[n_do++]);
      else
        assert_same_words (title, donts[n_dont++]);
    }
  g_assert_cmpuint (n_do, ==, 6);
  g_assert_cmpuint (n_dont, ==, 6);
}

static void
test_closing (void)
{
  g_autoptr(GPtrArray) source = read_source ();
  g_autoptr(BrGuide) guide = builtin ();
  GListModel *values = br_guide_get_closing_values (guide);
  g_auto(GStrv) overs = NULL;
  g_auto(GStrv) prefers = source_bold (source, "Final Thoughts", NULL, &overs);

  g_assert_cmpuint (g_strv_length (prefers), ==, 5);
  g_assert_nonnull (br_guide_get_closing_summary (guide));
  g_assert_nonnull (br_guide_get_closing_advice (guide));
  g_assert_cmpuint (g_list_model_get_n_items (values), ==, 5);
  for (guint i = 0; prefers[i] != NULL; i++)
    {
      g_autoptr(BrPreference) value = g_list_model_get_item (values, i);
      g_autofree char *over = NULL;

      /* "**Customer obsession** over technical brilliance" */
      g_assert_true (g_str_has_prefix (overs[i], "over "));
      over = g_strstrip (g_strdup (overs[i] + 5));
      assert_same_words (br_preference_get_prefer (value), prefers[i]);
      assert_same_words (br_preference_get_over (value), over);
    }
  /* "It's always Day 1" */
  g_assert_nonnull (strstr (br_guide_get_closing_advice (guide), "Day 1"));
}

/* ---------------------------------------------------------------------- */
/* FORMAT.md documents every field the parser knows, and only those        */

static void
test_format_fields (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content", "FORMAT.md", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) documented = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GRegex) row = g_regex_new ("^\\| `([^`]+)` \\|", 0, 0, NULL);
  GHashTable *current = NULL;
  const BrGuideFormatObject *objects;
  guint n_objects;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      if (g_str_has_prefix (lines[i], "## "))
        current = NULL;
      if (g_str_has_prefix (lines[i], "## ") && lines[i + 1] != NULL)
        {
          /* A section documents an object when a field table follows */
          for (guint j = i + 1; lines[j] != NULL && !g_str_has_prefix (lines[j], "## "); j++)
            if (g_str_has_prefix (lines[j], "| field |"))
              {
                current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
                g_assert_true (g_hash_table_insert (documented, g_strdup (lines[i] + 3), current));
                break;
              }
        }
      else if (current != NULL && g_regex_match (row, lines[i], 0, &match))
        g_hash_table_add (current, g_match_info_fetch (match, 1));
    }

  objects = _br_guide_format_objects (&n_objects);
  g_assert_cmpuint (n_objects, ==, g_hash_table_size (documented));
  for (guint o = 0; o < n_objects; o++)
    {
      GHashTable *fields = g_hash_table_lookup (documented, objects[o].name);
      guint n_fields = 0;

      if (fields == NULL)
        g_error ("FORMAT.md has no section “## %s” with a table of its fields", objects[o].name);
      for (guint f = 0; objects[o].fields[f] != NULL; f++, n_fields++)
        if (!g_hash_table_contains (fields, objects[o].fields[f]))
          g_error ("FORMAT.md does not document the field “%s” of %s", objects[o].fields[f], objects[o].name);
      /* And documents nothing the parser would refuse */
      if (g_hash_table_size (fields) != n_fields)
        {
          GHashTableIter iter;
          const char *field;

          g_hash_table_iter_init (&iter, fields);
          while (g_hash_table_iter_next (&iter, (gpointer *) &field, NULL))
            if (!g_strv_contains (objects[o].fields, field))
              g_error ("FORMAT.md documents “%s” in %s, which the parser does not accept", field, objects[o].name);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guide-source/principles", test_principles);
  g_test_add_func ("/guide-source/amazon-way", test_amazon_way);
  g_test_add_func ("/guide-source/differences", test_differences);
  g_test_add_func ("/guide-source/questions", test_questions);
  g_test_add_func ("/guide-source/process", test_process);
  g_test_add_func ("/guide-source/plan", test_plan);
  g_test_add_func ("/guide-source/resources", test_resources);
  g_test_add_func ("/guide-source/tips", test_tips);
  g_test_add_func ("/guide-source/closing", test_closing);
  g_test_add_func ("/guide-source/format-fields", test_format_fields);

  return g_test_run ();
}
