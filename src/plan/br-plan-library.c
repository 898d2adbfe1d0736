/* br-plan-library.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-plan-library.h"
#include "br-plain-text.h"

/* The Plan page's library: read-only views of the guide, built in code
 * from its list models when first shown. Each view is an
 * AdwPreferencesPage: it scrolls, clamps and groups like the rest of the
 * app, and every row is reachable by keyboard. */

static const BrLibraryView views[] = {
  { "principles", N_("Leadership Principles"), N_("What each principle means in a design answer"), "starred-symbolic" },
  { "differences", N_("How Amazon Differs"), N_("What these interviews weigh more than others do"), "emblem-important-symbolic" },
  { "interview", N_("The Interview"), N_("The loop, the five phases of a round and how answers are scored"), "alarm-symbolic" },
  { "tips", N_("Do’s and Don’ts"), N_("Habits that raise or sink an answer"), "object-select-symbolic" },
  { "resources", N_("Resources"), N_("Amazon’s systems, the technologies to know, and what to read"), "accessories-dictionary-symbolic" },
};

const BrLibraryView *
br_plan_library_get_views (guint *n_views)
{
  *n_views = G_N_ELEMENTS (views);
  return views;
}

const BrLibraryView *
br_plan_library_find_view (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (g_strcmp0 (views[i].name, name) == 0)
      return &views[i];
  return NULL;
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A bulleted list as one label, so a screen reader reads it as text */
static GtkWidget *
bullet_list (const char * const *items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "•  %s", items[i]);
    }
  return wrapped_label (text->str, NULL);
}

/* A row that unfolds into a box of text */
static GtkWidget *
expander_row (const char *title,
              const char *subtitle,
              GtkWidget  *content)
{
  GtkWidget *row = br_expander_row_new_plain ();
  GtkWidget *box = gtk_list_box_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (box), content);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (box), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), box);
  return row;
}

static GtkWidget *
vbox (void)
{
  return gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = wrapped_label (text, "heading");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

static AdwPreferencesGroup *
add_group (AdwPreferencesPage *page,
           const char         *title,
           const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  br_preferences_group_set_plain (ADW_PREFERENCES_GROUP (group), title, description);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

static void
build_principles (BrGuide            *guide,
                  AdwPreferencesPage *page)
{
  GListModel *principles = br_guide_get_principles (guide);
  AdwPreferencesGroup *group = add_group (page, _("The Leadership Principles"),
                                          _("Amazon judges a design through these principles as much as through its technology."));
  AdwPreferencesGroup *recent = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(BrPrinciple) p = g_list_model_get_item (principles, i);
      GtkWidget *box = vbox ();

      gtk_box_append (GTK_BOX (box), heading (_("In a design answer")));
      gtk_box_append (GTK_BOX (box), wrapped_label (br_principle_get_in_design (p), NULL));
      gtk_box_append (GTK_BOX (box), heading (_("In the interview")));
      gtk_box_append (GTK_BOX (box), bullet_list (br_principle_get_practices (p)));

      if (br_principle_get_added_2021 (p) && recent == NULL)
        recent = add_group (page, _("Added in 2021"),
                            _("Two principles Amazon added later; they matter less in a design round."));
      adw_preferences_group_add (recent ? recent : group,
                                 expander_row (br_guide_entry_get_title (BR_GUIDE_ENTRY (p)),
                                               br_guide_entry_get_description (BR_GUIDE_ENTRY (p)),
                                               box));
    }
}

static void
build_differences (BrGuide            *guide,
                   AdwPreferencesPage *page)
{
  GListModel *differences = br_guide_get_differences (guide);
  AdwPreferencesGroup *group = add_group (page, _("How Amazon Differs"), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (differences); i++)
    {
      g_autoptr(BrDifference) d = g_list_model_get_item (differences, i);

      adw_preferences_group_add (group,
                                 expander_row (br_guide_entry_get_title (BR_GUIDE_ENTRY (d)),
                                               br_guide_entry_get_description (BR_GUIDE_ENTRY (d)),
                                               bullet_list (br_difference_get_points (d))));
    }
}

static void
build_interview (BrGuide            *guide,
                 AdwPreferencesPage *page)
{
  GListModel *stages = br_guide_get_stages (guide);
  GListModel *phases = br_guide_get_phases (guide);
  GListModel *rubric = br_guide_get_rubric (guide);
  AdwPreferencesGroup *group = add_group (page, _("The Loop"), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(BrStage) s = g_list_model_get_item (stages, i);
      g_autofree char *title = NULL;

      if (br_stage_get_min_minutes (s) > 0)
        /* Translators: a stage and its length, e.g. "Phone screen (45–60 min)" */
        title = g_strdup_printf (_("%s (%u–%u min)"), br_guide_entry_get_title (BR_GUIDE_ENTRY (s)),
                                 br_stage_get_min_minutes (s), br_stage_get_max_minutes (s));
      else
        title = g_strdup (br_guide_entry_get_title (BR_GUIDE_ENTRY (s)));
      adw_preferences_group_add (group,
                                 expander_row (title, br_guide_entry_get_description (BR_GUIDE_ENTRY (s)),
                                               bullet_list (br_stage_get_points (s))));
    }

  group = add_group (page, _("The Five Phases of a Round"),
                     _("The Round page times these phases and shows their prompts as you go."));
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(BrPhase) p = g_list_model_get_item (phases, i);
      g_autofree char *title = g_strdup_printf (_("%s (%u–%u min)"), br_guide_entry_get_title (BR_GUIDE_ENTRY (p)),
                                                br_phase_get_min_minutes (p), br_phase_get_max_minutes (p));

      adw_preferences_group_add (group,
                                 expander_row (title, br_guide_entry_get_description (BR_GUIDE_ENTRY (p)),
                                               bullet_list (br_phase_get_prompts (p))));
    }

  group = add_group (page, _("How Answers Are Scored"),
                     _("The self-review after a practice round uses these dimensions, each scored from 1 to 4."));
  for (guint i = 0; i < g_list_model_get_n_items (rubric); i++)
    {
      g_autoptr(BrDimension) d = g_list_model_get_item (rubric, i);
      const char * const *levels = br_dimension_get_levels (d);
      GtkWidget *box = vbox ();

      for (guint l = 0; levels != NULL && levels[l] != NULL; l++)
        {
          /* Translators: a score and what it looks like, e.g. "4 — Drives the scope..." */
          g_autofree char *text = g_strdup_printf (_("%u — %s"), l + 1, levels[l]);
          gtk_box_append (GTK_BOX (box), wrapped_label (text, NULL));
        }
      adw_preferences_group_add (group,
                                 expander_row (br_guide_entry_get_title (BR_GUIDE_ENTRY (d)),
                                               br_guide_entry_get_description (BR_GUIDE_ENTRY (d)),
                                               box));
    }
}

static void
build_tips (BrGuide            *guide,
            AdwPreferencesPage *page)
{
  GListModel *tips = br_guide_get_tips (guide);
  AdwPreferencesGroup *dos = add_group (page, _("Do"), NULL);
  AdwPreferencesGroup *donts = add_group (page, _("Don’t"), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (tips); i++)
    {
      g_autoptr(BrTip) t = g_list_model_get_item (tips, i);
      GtkWidget *row = br_action_row_new_plain ();
      GtkWidget *icon = br_plan_library_icon (br_tip_get_kind (t) == BR_TIP_KIND_DO
                                                      ? "object-select-symbolic" : "window-close-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), br_guide_entry_get_title (BR_GUIDE_ENTRY (t)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), br_guide_entry_get_description (BR_GUIDE_ENTRY (t)));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (icon, br_tip_get_kind (t) == BR_TIP_KIND_DO ? "success" : "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      br_tip_get_kind (t) == BR_TIP_KIND_DO ? _("Do") : _("Don’t"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (br_tip_get_kind (t) == BR_TIP_KIND_DO ? dos : donts, row);
    }
}

static void
build_resources (BrGuide            *guide,
                 AdwPreferencesPage *page)
{
  GListModel *resources = br_guide_get_resources (guide);
  AdwPreferencesGroup *groups[] = {
    add_group (page, _("Amazon’s Internal Systems"), _("Names you may hear; know what each is for.")),
    add_group (page, _("Key Technologies"), NULL),
    add_group (page, _("Recommended Reading"), NULL),
  };

  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(BrResource) r = g_list_model_get_item (resources, i);
      GtkWidget *row = br_action_row_new_plain ();
      guint kind = MIN ((guint) br_resource_get_kind (r), G_N_ELEMENTS (groups) - 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), br_guide_entry_get_title (BR_GUIDE_ENTRY (r)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), br_guide_entry_get_description (BR_GUIDE_ENTRY (r)));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (groups[kind], row);
    }
}

/**
 * br_plan_library_build:
 * @name: a view's name, from br_plan_library_get_views()
 *
 * Returns: (transfer floating): the view, built from @guide
 */
GtkWidget *
br_plan_library_build (BrGuide    *guide,
                       const char *name)
{
  GtkWidget *page = adw_preferences_page_new ();

  g_return_val_if_fail (BR_IS_GUIDE (guide), page);

  if (g_str_equal (name, "principles"))
    build_principles (guide, ADW_PREFERENCES_PAGE (page));
  else if (g_str_equal (name, "differences"))
    build_differences (guide, ADW_PREFERENCES_PAGE (page));
  else if (g_str_equal (name, "interview"))
    build_interview (guide, ADW_PREFERENCES_PAGE (page));
  else if (g_str_equal (name, "tips"))
    build_tips (guide, ADW_PREFERENCES_PAGE (page));
  else if (g_str_equal (name, "resources"))
    build_resources (guide, ADW_PREFERENCES_PAGE (page));
  else
    g_critical ("No library view named “%s”", name);

  return page;
}

static void
add_list_group (AdwPreferencesPage *page,
                const char         *title,
                const char * const *items)
{
  AdwPreferencesGroup *group = add_group (page, title, NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      GtkWidget *row = br_action_row_new_plain ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), items[i]);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (group, row);
    }
}

/**
 * br_plan_library_icon:
 * @icon_name: a symbolic icon
 *
 * Returns: (transfer floating): an icon that only decorates a row: screen
 *   readers skip it, the row's title says it all
 */
GtkWidget *
br_plan_library_icon (const char *icon_name)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

/**
 * br_plan_library_build_question_card:
 * @after_title: (nullable): a group to show right after the question,
 *   such as the candidate's practice of it
 *
 * Returns: (transfer floating): the practice card of @question
 */
GtkWidget *
br_plan_library_build_question_card (BrQuestion *question,
                                     GtkWidget  *after_title)
{
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *group;
  g_autofree char *category = NULL;

  g_return_val_if_fail (BR_IS_QUESTION (question), page);

  /* Translators: a question's number and category, e.g. "Question 9 · AWS and infrastructure" */
  category = g_strdup_printf (_("Question %u · %s"), br_question_get_number (question),
                              br_guide_entry_get_title (BR_GUIDE_ENTRY (br_question_get_category (question))));
  group = add_group (ADW_PREFERENCES_PAGE (page), br_guide_entry_get_title (BR_GUIDE_ENTRY (question)), category);
  adw_preferences_group_add (group, wrapped_label (br_guide_entry_get_description (BR_GUIDE_ENTRY (question)), NULL));
  if (after_title != NULL)
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (after_title));

  add_list_group (ADW_PREFERENCES_PAGE (page), _("Clarifying Questions to Ask"), br_question_get_clarifying (question));
  add_list_group (ADW_PREFERENCES_PAGE (page), _("Scale to Assume"), br_question_get_scale (question));
  add_list_group (ADW_PREFERENCES_PAGE (page), _("Components to Expect"), br_question_get_components (question));
  add_list_group (ADW_PREFERENCES_PAGE (page), _("Deep Dives to Prepare"), br_question_get_deep_dives (question));
  return page;
}
