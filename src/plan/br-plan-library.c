/* br-plan-library.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-plan-library-private.h"
#include "br-plain-text.h"

/* The Plan page's library: read-only views of the guide (BrLibraryPage),
 * their groups built here when first shown, each a boxed list bound to
 * one of the guide's list models (or a filter of one, where a list is
 * split by kind). Each view's AdwPreferencesPage scrolls, clamps and
 * groups like the rest of the app, and every row is reachable by
 * keyboard. */

static const BrLibraryView views[] = {
  { "amazon-way", N_("The Amazon Way"), N_("How Amazon builds systems: the customer first, massive scale, Day 1, the long term, frugality"), "emblem-favorite-symbolic" },
  { "principles", N_("Leadership Principles"), N_("What each principle means in a design answer"), "starred-symbolic" },
  { "differences", N_("How Amazon Differs"), N_("What these interviews weigh more than others do"), "emblem-important-symbolic" },
  { "interview", N_("The Interview"), N_("The loop, the five phases of a round and how answers are scored"), "alarm-symbolic" },
  { "tips", N_("Do’s and Don’ts"), N_("Habits that raise or sink an answer"), "object-select-symbolic" },
  { "resources", N_("Resources"), N_("Amazon’s systems, the technologies to know, and what to read"), "accessories-dictionary-symbolic" },
  { "closing", N_("Final Thoughts"), N_("What the interviewers value over what, and what to remember"), "emoji-flags-symbolic" },
};

const BrLibraryView *
br_plan_library_get_views (guint *n_views)
{
  *n_views = G_N_ELEMENTS (views);
  return views;
}

/**
 * br_plan_library_has_view:
 * @name: a view's name, from br_plan_library_get_views()
 *
 * Returns: whether @guide has the content of the view: a guide file may
 *   leave out the Amazon way and the closing thoughts
 */
gboolean
br_plan_library_has_view (BrGuide    *guide,
                          const char *name)
{
  g_return_val_if_fail (BR_IS_GUIDE (guide), FALSE);

  if (g_str_equal (name, "amazon-way"))
    return g_list_model_get_n_items (br_guide_get_amazon_way (guide)) > 0;
  if (g_str_equal (name, "closing"))
    return br_guide_get_closing_summary (guide) != NULL;
  return br_plan_library_find_view (name) != NULL;
}

const BrLibraryView *
br_plan_library_find_view (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (g_strcmp0 (views[i].name, name) == 0)
      return &views[i];
  return NULL;
}

GtkWidget *
_br_plan_library_label (const char *text,
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
GtkWidget *
_br_plan_library_bullets (const char * const *items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "•  %s", items[i]);
    }
  return _br_plan_library_label (text->str, NULL);
}

/* A row that unfolds into a box of text */
GtkWidget *
_br_plan_library_expander_row (const char *title,
                               const char *subtitle,
                               GtkWidget  *content)
{
  GtkWidget *row = br_expander_row_new_plain ();
  GtkWidget *box = gtk_list_box_row_new ();

  /* Guide text is plain text, never markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
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
  GtkWidget *label = _br_plan_library_label (text, "heading");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

AdwPreferencesGroup *
_br_plan_library_add_group (AdwPreferencesPage *page,
                            const char         *title,
                            const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  br_preferences_group_set_plain (ADW_PREFERENCES_GROUP (group), title, description);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

/* A group's own list hides while it has no rows; a bound one does too,
 * so an empty kind shows its group's title alone, as before */
static void
update_list_visible (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GtkWidget  *list)
{
  gtk_widget_set_visible (list, g_list_model_get_n_items (model) > 0);
}

/**
 * _br_plan_library_bind_list:
 * @group: the group the list shows in
 * @title: (nullable): @group's title as plain text: the list's name for
 *   screen readers, as a group's own list is named after its title
 * @model: the items, a row each
 * @create_row: makes an item's row
 *
 * Adds to @group a boxed list bound to @model, which looks, reads and is
 * reached by keyboard as the group's own rows are.
 *
 * Returns: (transfer none): the list
 */
GtkWidget *
_br_plan_library_bind_list (AdwPreferencesGroup        *group,
                            const char                 *title,
                            GListModel                 *model,
                            GtkListBoxCreateWidgetFunc  create_row,
                            gpointer                    user_data,
                            GDestroyNotify              user_data_free)
{
  GtkWidget *list = br_boxed_list_new (title, model, create_row, user_data, user_data_free);

  g_signal_connect_object (model, "items-changed", G_CALLBACK (update_list_visible), list, 0);
  update_list_visible (model, 0, 0, 0, list);
  adw_preferences_group_add (group, list);
  return list;
}

/* A group of @page titled @title, its rows bound to @model */
static void
add_bound_group (AdwPreferencesPage         *page,
                 const char                 *title,
                 const char                 *description,
                 GListModel                 *model,
                 GtkListBoxCreateWidgetFunc  create_row)
{
  AdwPreferencesGroup *group = _br_plan_library_add_group (page, title, description);

  _br_plan_library_bind_list (group, title, model, create_row, NULL, NULL);
}

/* @model's items for which @match is TRUE, following its changes */
static GListModel *
filter_new (GListModel          *model,
            GtkCustomFilterFunc  match,
            gpointer             user_data)
{
  GtkCustomFilter *filter = gtk_custom_filter_new (match, user_data, NULL);

  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (model), GTK_FILTER (filter)));
}

/* A guide entry's row: its title, and its description in full below
 * (guide text is plain text, never markup) */
static GtkWidget *
entry_row (BrGuideEntry *entry,
           gboolean      wrap_title)
{
  GtkWidget *row = br_action_row_new_plain ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), br_guide_entry_get_title (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), br_guide_entry_get_description (entry));
  if (wrap_title)
    adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static GtkWidget *
create_trait_row (gpointer item,
                  gpointer user_data)
{
  return entry_row (item, TRUE);
}

static void
build_amazon_way (BrGuide            *guide,
                  AdwPreferencesPage *page)
{
  add_bound_group (page, _("The Amazon Way"), br_guide_get_amazon_way_summary (guide),
                   br_guide_get_amazon_way (guide), create_trait_row);
}

static GtkWidget *
create_value_row (gpointer item,
                  gpointer user_data)
{
  BrPreference *v = item;
  GtkWidget *row = adw_action_row_new ();
  /* Translators: what interviewers value over what, "Customer obsession over technical brilliance" */
  g_autofree char *title = g_strdup_printf (_("%s over %s"), br_preference_get_prefer (v),
                                            br_preference_get_over (v));

  /* Guide text is plain text, never markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), br_preference_get_summary (v));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
build_closing (BrGuide            *guide,
               AdwPreferencesPage *page)
{
  add_bound_group (page, _("Final Thoughts"), br_guide_get_closing_summary (guide),
                   br_guide_get_closing_values (guide), create_value_row);

  /* One paragraph, not a list */
  if (br_guide_get_closing_advice (guide) != NULL)
    {
      AdwPreferencesGroup *group = _br_plan_library_add_group (page, _("Remember"), NULL);

      adw_preferences_group_add (group, _br_plan_library_label (br_guide_get_closing_advice (guide), NULL));
    }
}

static GtkWidget *
create_principle_row (gpointer item,
                      gpointer user_data)
{
  BrPrinciple *p = item;
  GtkWidget *box = vbox ();

  gtk_box_append (GTK_BOX (box), heading (_("In a design answer")));
  gtk_box_append (GTK_BOX (box), _br_plan_library_label (br_principle_get_in_design (p), NULL));
  gtk_box_append (GTK_BOX (box), heading (_("In the interview")));
  gtk_box_append (GTK_BOX (box), _br_plan_library_bullets (br_principle_get_practices (p)));
  return _br_plan_library_expander_row (br_guide_entry_get_title (item), br_guide_entry_get_description (item), box);
}

/* Is the principle one of those added in 2021 (@user_data TRUE), or one
 * of the fourteen (FALSE)? */
static gboolean
is_added_2021 (gpointer item,
               gpointer user_data)
{
  return br_principle_get_added_2021 (item) == GPOINTER_TO_INT (user_data);
}

static void
build_principles (BrGuide            *guide,
                  AdwPreferencesPage *page)
{
  GListModel *principles = br_guide_get_principles (guide);
  g_autoptr(GListModel) original = filter_new (principles, is_added_2021, GINT_TO_POINTER (FALSE));
  g_autoptr(GListModel) recent = filter_new (principles, is_added_2021, GINT_TO_POINTER (TRUE));

  add_bound_group (page, _("The Leadership Principles"),
                   _("Amazon judges a design through these fourteen principles as much as through its technology."),
                   original, create_principle_row);
  /* A guide without the newer principles has no group for them */
  if (g_list_model_get_n_items (recent) > 0)
    add_bound_group (page, _("Added in 2021"),
                     _("Amazon added these two principles in 2021, after the fourteen this guide is built on; they matter less in a design round."),
                     recent, create_principle_row);
}

static GtkWidget *
create_difference_row (gpointer item,
                       gpointer user_data)
{
  return _br_plan_library_expander_row (br_guide_entry_get_title (item), br_guide_entry_get_description (item),
                                        _br_plan_library_bullets (br_difference_get_points (item)));
}

static void
build_differences (BrGuide            *guide,
                   AdwPreferencesPage *page)
{
  add_bound_group (page, _("How Amazon Differs"), NULL, br_guide_get_differences (guide), create_difference_row);
}

static GtkWidget *
create_stage_row (gpointer item,
                  gpointer user_data)
{
  BrStage *s = item;
  g_autofree char *title = NULL;

  if (br_stage_get_min_minutes (s) > 0)
    /* Translators: a stage and its length, e.g. "Phone screen (45–60 min)" */
    title = g_strdup_printf (_("%s (%u–%u min)"), br_guide_entry_get_title (item),
                             br_stage_get_min_minutes (s), br_stage_get_max_minutes (s));
  else
    title = g_strdup (br_guide_entry_get_title (item));
  return _br_plan_library_expander_row (title, br_guide_entry_get_description (item),
                                        _br_plan_library_bullets (br_stage_get_points (s)));
}

static GtkWidget *
create_phase_row (gpointer item,
                  gpointer user_data)
{
  BrPhase *p = item;
  g_autofree char *title = g_strdup_printf (_("%s (%u–%u min)"), br_guide_entry_get_title (item),
                                            br_phase_get_min_minutes (p), br_phase_get_max_minutes (p));

  return _br_plan_library_expander_row (title, br_guide_entry_get_description (item),
                                        _br_plan_library_bullets (br_phase_get_prompts (p)));
}

static GtkWidget *
create_dimension_row (gpointer item,
                      gpointer user_data)
{
  const char * const *levels = br_dimension_get_levels (item);
  GtkWidget *box = vbox ();

  for (guint l = 0; levels != NULL && levels[l] != NULL; l++)
    {
      /* Translators: a score and what it looks like, e.g. "4 — Drives the scope..." */
      g_autofree char *text = g_strdup_printf (_("%u — %s"), l + 1, levels[l]);
      gtk_box_append (GTK_BOX (box), _br_plan_library_label (text, NULL));
    }
  return _br_plan_library_expander_row (br_guide_entry_get_title (item), br_guide_entry_get_description (item), box);
}

static void
build_interview (BrGuide            *guide,
                 AdwPreferencesPage *page)
{
  add_bound_group (page, _("The Loop"), NULL, br_guide_get_stages (guide), create_stage_row);
  add_bound_group (page, _("The Five Phases of a Round"),
                   _("The Round page times these phases and shows their prompts as you go."),
                   br_guide_get_phases (guide), create_phase_row);
  add_bound_group (page, _("How Answers Are Scored"),
                   _("The self-review after a practice round uses these dimensions, each scored from 1 to 4."),
                   br_guide_get_rubric (guide), create_dimension_row);
}

static GtkWidget *
create_tip_row (gpointer item,
                gpointer user_data)
{
  gboolean is_do = br_tip_get_kind (item) == BR_TIP_KIND_DO;
  GtkWidget *row = entry_row (item, FALSE);
  GtkWidget *icon = br_plan_library_icon (is_do ? "object-select-symbolic" : "window-close-symbolic");

  gtk_widget_add_css_class (icon, is_do ? "success" : "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  is_do ? _("Do") : _("Don’t"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

/* Is the tip a do (@user_data TRUE) or a don't (FALSE)? */
static gboolean
is_do_tip (gpointer item,
           gpointer user_data)
{
  return (br_tip_get_kind (item) == BR_TIP_KIND_DO) == GPOINTER_TO_INT (user_data);
}

static void
build_tips (BrGuide            *guide,
            AdwPreferencesPage *page)
{
  GListModel *tips = br_guide_get_tips (guide);
  g_autoptr(GListModel) dos = filter_new (tips, is_do_tip, GINT_TO_POINTER (TRUE));
  g_autoptr(GListModel) donts = filter_new (tips, is_do_tip, GINT_TO_POINTER (FALSE));

  add_bound_group (page, _("Do"), NULL, dos, create_tip_row);
  add_bound_group (page, _("Don’t"), NULL, donts, create_tip_row);
}

static GtkWidget *
create_resource_row (gpointer item,
                     gpointer user_data)
{
  return entry_row (item, FALSE);
}

/* The resource groups, by kind; a kind past the last shows in the last */
#define N_RESOURCE_GROUPS 3

static gboolean
is_resource_group (gpointer item,
                   gpointer user_data)
{
  return MIN ((guint) br_resource_get_kind (item), N_RESOURCE_GROUPS - 1) == GPOINTER_TO_UINT (user_data);
}

static void
build_resources (BrGuide            *guide,
                 AdwPreferencesPage *page)
{
  GListModel *resources = br_guide_get_resources (guide);
  const struct {
    const char *title;
    const char *description;
  } groups[N_RESOURCE_GROUPS] = {
    { _("Amazon’s Internal Systems"), _("Names you may hear; know what each is for.") },
    { _("Key Technologies"), NULL },
    { _("Recommended Reading"), NULL },
  };

  for (guint i = 0; i < N_RESOURCE_GROUPS; i++)
    {
      g_autoptr(GListModel) kind = filter_new (resources, is_resource_group, GUINT_TO_POINTER (i));

      add_bound_group (page, groups[i].title, groups[i].description, kind, create_resource_row);
    }
}

/**
 * _br_plan_library_fill:
 * @name: a view's name, from br_plan_library_get_views()
 * @page: the view's page, empty
 *
 * Adds the view's groups, built from @guide, to @page (a BrLibraryPage's)
 */
void
_br_plan_library_fill (BrGuide            *guide,
                       const char         *name,
                       AdwPreferencesPage *page)
{
  g_return_if_fail (BR_IS_GUIDE (guide));
  g_return_if_fail (ADW_IS_PREFERENCES_PAGE (page));

  if (g_str_equal (name, "amazon-way"))
    build_amazon_way (guide, page);
  else if (g_str_equal (name, "principles"))
    build_principles (guide, page);
  else if (g_str_equal (name, "differences"))
    build_differences (guide, page);
  else if (g_str_equal (name, "interview"))
    build_interview (guide, page);
  else if (g_str_equal (name, "tips"))
    build_tips (guide, page);
  else if (g_str_equal (name, "resources"))
    build_resources (guide, page);
  else if (g_str_equal (name, "closing"))
    build_closing (guide, page);
  else
    g_critical ("No library view named “%s”", name);
}

static GtkWidget *
create_text_row (gpointer item,
                 gpointer user_data)
{
  GtkWidget *row = br_action_row_new_plain ();

  /* Guide text is plain text, never markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_string_object_get_string (item));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

void
_br_plan_library_add_list_group (AdwPreferencesPage *page,
                                 const char         *title,
                                 const char * const *items)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (items);

  add_bound_group (page, title, NULL, G_LIST_MODEL (list), create_text_row);
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
