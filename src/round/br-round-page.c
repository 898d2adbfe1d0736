/* br-round-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-length-chooser.h"
#include "br-phase-bar.h"
#include "br-round-page.h"
#include "br-plain-text.h"

/**
 * BrRoundPage:
 *
 * The Round page: a large countdown of the current phase, the time left in
 * the round, a bar of all phases, the controls (the app.round-* actions),
 * the length of the round while it has not started, the current phase's
 * prompts as a checklist, and every phase with its budget and time spent.
 *
 * The page presents the round the application owns; it updates its labels
 * on the ticker's "tick" (once a second, only while the round runs) and on
 * the round's "changed".
 *
 * The length and the budgets change only by deliberate input (#BrMinutesSpin:
 * the wheel scrolls the page), and stay within the guide's ranges; a number
 * typed outside a range is brought into it and the row says so.
 *
 * The checklist and the phases are list boxes bound to list models the
 * template declares: the current phase's prompts, and the round's phases.
 * The length chooser follows the round's length through a binding.
 */

/* A phase's row, with the widgets of it that change */
#define BR_TYPE_ROUND_PHASE_ROW (br_round_phase_row_get_type ())
G_DECLARE_FINAL_TYPE (BrRoundPhaseRow, br_round_phase_row, BR, ROUND_PHASE_ROW, AdwActionRow)

struct _BrRoundPhaseRow
{
  AdwActionRow parent_instance;

  GtkImage *status;
  BrMinutesSpin *budget;
  GtkLabel *time;
};

G_DEFINE_FINAL_TYPE (BrRoundPhaseRow, br_round_phase_row, ADW_TYPE_ACTION_ROW)

static void
br_round_phase_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BR_TYPE_ROUND_PHASE_ROW);
  G_OBJECT_CLASS (br_round_phase_row_parent_class)->dispose (object);
}

static void
br_round_phase_row_class_init (BrRoundPhaseRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = br_round_phase_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-round-phase-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BrRoundPhaseRow, status);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPhaseRow, budget);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPhaseRow, time);
}

static void
br_round_phase_row_init (BrRoundPhaseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

struct _BrRoundPage
{
  AdwBin parent_instance;

  BrRoundTicker *ticker;
  BrRound *round;
  GSignalGroup *ticker_signals;  /* its "tick" */
  GSignalGroup *round_signals;   /* its "changed" */
  GBindingGroup *round_bindings; /* its "length" to the length chooser */
  GHashTable *checked;        /* "phase/prompt" -> TRUE, for this round */
  guint prompts_phase;        /* the phase whose prompts are shown */
  int shown_state;            /* the BrRoundState last shown, -1 for none */

  /* Template widgets */
  GtkLabel *phase_label;
  GtkLabel *countdown_label;
  GtkLabel *round_label;
  BrPhaseBar *phase_bar;
  GtkButton *start_button;
  AdwPreferencesGroup *setup_group;
  AdwActionRow *length_row;
  BrLengthChooser *length_chooser;
  AdwPreferencesGroup *prompts_group;
  GtkListBox *prompts_list;
  GListStore *prompts;        /* of GtkStringObject, the current phase's */
  AdwPreferencesGroup *phases_group;
  GtkListBox *phases_list;
  GListStore *phases;         /* of BrPhase, the round's */
};

G_DEFINE_FINAL_TYPE (BrRoundPage, br_round_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TICKER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update (BrRoundPage *self);

static char *
format_phase_time (gint64 remaining)
{
  g_autofree char *text = NULL;

  if (remaining >= 0)
    return br_round_format_time (remaining);

  /* Overtime counts up in whole seconds */
  text = br_round_format_time (-remaining / G_USEC_PER_SEC * G_USEC_PER_SEC);
  /* Translators: time past a phase's budget, e.g. "+1:05" */
  return g_strdup_printf (_("+%s"), text);
}

/* Round-level times read as minutes, even past an hour: "65:10" */
static char *
format_minutes (gint64 microseconds,
                gboolean round_up)
{
  guint64 magnitude = microseconds < 0 ? 0 - (guint64) microseconds : (guint64) microseconds;
  guint64 seconds = magnitude / G_USEC_PER_SEC + (round_up && magnitude % G_USEC_PER_SEC != 0);

  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%02u", seconds / 60, (guint) (seconds % 60));
}

static const char *
phase_title (BrRound *round,
             guint    index)
{
  return br_guide_entry_get_title (BR_GUIDE_ENTRY (br_round_get_phase (round, index)));
}

/* ---------------------------------------------------------------------- */
/* Prompts                                                                 */

static char *
checked_key (guint phase,
             guint prompt)
{
  return g_strdup_printf ("%u/%u", phase, prompt);
}

static void
prompt_toggled (GtkCheckButton *check,
                GParamSpec     *pspec,
                BrRoundPage    *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
  g_autofree char *key = NULL;
  int prompt;

  /* The prompt is the row's place in the checklist */
  if (row == NULL || (prompt = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row))) < 0)
    return;
  key = checked_key (self->prompts_phase, prompt);
  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->checked, g_steal_pointer (&key));
  else
    g_hash_table_remove (self->checked, key);
}

static GtkWidget *
create_prompt_row (gpointer item,
                   gpointer user_data)
{
  BrRoundPage *self = user_data;
  GtkWidget *row = br_action_row_new_plain ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *key = NULL;
  guint prompt = 0;

  /* The row is not in the list yet: its place is the item's in the model */
  g_list_store_find (self->prompts, item, &prompt);
  key = checked_key (self->prompts_phase, prompt);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_string_object_get_string (item));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_hash_table_contains (self->checked, key));
  /* Named by the row's title, the prompt */
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_signal_connect (check, "notify::active", G_CALLBACK (prompt_toggled), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

/* Puts the prompts of phase @phase_index in the checklist's model, whose
 * rows are made again */
static void
show_prompts (BrRoundPage *self,
              guint        phase_index)
{
  BrPhase *phase;
  const char * const *prompts;
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  self->prompts_phase = phase_index;
  if (self->round == NULL || br_round_get_n_phases (self->round) == 0)
    {
      g_list_store_remove_all (self->prompts);
      return;
    }

  phase = br_round_get_phase (self->round, phase_index);
  prompts = br_phase_get_prompts (phase);
  /* Translators: the title of the checklist, with the phase's name */
  title = g_strdup_printf (_("What to Cover in “%s”"), br_guide_entry_get_title (BR_GUIDE_ENTRY (phase)));
  br_preferences_group_set_plain (self->prompts_group, title, NULL);
  /* The list is named by the group's title, as the group's own list is */
  br_accessible_set_label (GTK_WIDGET (self->prompts_list), title);

  for (guint i = 0; prompts != NULL && prompts[i] != NULL; i++)
    g_ptr_array_add (items, gtk_string_object_new (prompts[i]));
  g_list_store_splice (self->prompts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->prompts)),
                       items->pdata, items->len);
}

/* ---------------------------------------------------------------------- */
/* Phases                                                                  */

/* The widgets of phase @index's row, %NULL past the last */
static BrRoundPhaseRow *
phase_row (BrRoundPage *self,
           guint        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->phases_list, index);

  return row != NULL ? BR_ROUND_PHASE_ROW (row) : NULL;
}

/* The phase whose row holds @widget */
static gboolean
find_phase_of (GtkWidget *widget,
               guint     *out_index)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  int index = row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;

  if (index < 0)
    return FALSE;
  *out_index = index;
  return TRUE;
}

static void
budget_changed (BrMinutesSpin *spin,
                GParamSpec    *pspec,
                BrRoundPage   *self)
{
  guint index;

  if (self->round == NULL || !find_phase_of (GTK_WIDGET (spin), &index))
    return;
  if (!br_round_set_budget (self->round, index, br_minutes_spin_get_value (spin)))
    update (self);
}

/* The phase's range, or why the budget is not the number typed */
static void
update_budget_subtitle (BrRoundPage     *self,
                        BrRoundPhaseRow *r,
                        guint            index)
{
  const char *typed = br_minutes_spin_get_clamped_from (r->budget);
  guint min = br_round_get_min_budget (self->round, index);
  guint max = br_round_get_max_budget (self->round, index);
  g_autofree char *subtitle = NULL;

  if (typed != NULL)
    /* Translators: a phase's budget typed outside its range, e.g. "You typed 25; this phase takes 15 to 20 minutes, so it is 20" */
    subtitle = g_strdup_printf (_("You typed %s; this phase takes %u to %u minutes, so it is %u"),
                                typed, min, max, br_minutes_spin_get_value (r->budget));
  else
    /* Translators: a phase's range of minutes, e.g. "5–10 min" */
    subtitle = g_strdup_printf (_("%u–%u min"), min, max);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (r), subtitle);
  if (typed != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (r), "br-clamped");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (r), "br-clamped");
  /* Said again when the budget has the focus */
  if (typed != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (br_minutes_spin_get_spin_button (r->budget)),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (br_minutes_spin_get_spin_button (r->budget)),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
budget_clamped (BrMinutesSpin *spin,
                GParamSpec    *pspec,
                BrRoundPage   *self)
{
  guint index;

  if (self->round != NULL && find_phase_of (GTK_WIDGET (spin), &index))
    update_budget_subtitle (self, phase_row (self, index), index);
}

static GtkWidget *
create_phase_row (gpointer item,
                  gpointer user_data)
{
  BrRoundPage *self = user_data;
  BrPhase *phase = item;
  BrRoundPhaseRow *r = g_object_new (BR_TYPE_ROUND_PHASE_ROW, NULL);
  g_autofree char *budget_name = NULL;
  guint index = 0;

  /* The row is not in the list yet: its phase's place is the item's in
   * the model, where each of the round's phases is once */
  g_list_store_find (self->phases, item, &index);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r), br_guide_entry_get_title (BR_GUIDE_ENTRY (phase)));

  /* Only the guide's range for the phase can be set */
  br_minutes_spin_set_range (r->budget, br_round_get_min_budget (self->round, index),
                             br_round_get_max_budget (self->round, index));
  br_minutes_spin_set_value (r->budget, br_round_get_budget (self->round, index));
  /* Translators: the accessible name of a phase's budget, e.g. "Minutes for Detailed design" */
  budget_name = g_strdup_printf (_("Minutes for %s"), br_guide_entry_get_title (BR_GUIDE_ENTRY (phase)));
  br_accessible_set_label (GTK_WIDGET (br_minutes_spin_get_spin_button (r->budget)), budget_name);
  g_signal_connect (r->budget, "notify::value", G_CALLBACK (budget_changed), self);
  g_signal_connect (r->budget, "notify::clamped-from", G_CALLBACK (budget_clamped), self);

  update_budget_subtitle (self, r, index);
  return GTK_WIDGET (r);
}

/* Puts the round's phases in the phases' model, whose rows are made again */
static void
show_phases (BrRoundPage *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  for (guint i = 0; self->round != NULL && i < br_round_get_n_phases (self->round); i++)
    g_ptr_array_add (items, br_round_get_phase (self->round, i));
  g_list_store_splice (self->phases, 0, g_list_model_get_n_items (G_LIST_MODEL (self->phases)),
                       items->pdata, items->len);
}

/* Up or down past the first or last row moves on through the page, as
 * in a preferences group's own list */
static gboolean
list_keynav_failed (BrRoundPage      *self,
                    GtkDirectionType  direction)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));

  if (root == NULL || (direction != GTK_DIR_UP && direction != GTK_DIR_DOWN))
    return FALSE;
  return gtk_widget_child_focus (root, direction == GTK_DIR_UP ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
}

/* ---------------------------------------------------------------------- */
/* Updating                                                                */

/* What changes every second */
static void
update_time (BrRoundPage *self)
{
  BrRoundState state;
  g_autofree char *countdown = NULL;
  g_autofree char *round_text = NULL;
  gboolean overtime = FALSE;
  BrRoundPhaseRow *r;

  if (self->round == NULL)
    return;

  state = br_round_get_state (self->round);

  switch (state)
    {
    case BR_ROUND_IDLE:
      countdown = br_round_format_time (br_round_get_budget (self->round, 0) * BR_USEC_PER_MINUTE);
      round_text = g_strdup_printf (ngettext ("A %u-minute round in %u phase", "A %u-minute round in %u phases",
                                              br_round_get_n_phases (self->round)),
                                    br_round_get_length (self->round), br_round_get_n_phases (self->round));
      break;

    case BR_ROUND_RUNNING:
    case BR_ROUND_PAUSED:
      {
        gint64 remaining = br_round_get_remaining (self->round);
        g_autofree char *left = NULL;

        countdown = format_phase_time (br_round_get_phase_remaining (self->round));
        overtime = br_round_get_phase_remaining (self->round) < 0;
        if (remaining >= 0)
          {
            left = format_minutes (remaining, TRUE);
            /* Translators: e.g. "52:10 left in the round" */
            round_text = g_strdup_printf (_("%s left in the round"), left);
          }
        else
          {
            left = format_minutes (-remaining, FALSE);
            /* Translators: e.g. "3:20 over the round's length" */
            round_text = g_strdup_printf (_("%s over the round’s length"), left);
          }
        if (state == BR_ROUND_PAUSED)
          {
            char *paused = g_strdup_printf (_("Paused · %s"), round_text);
            g_free (round_text);
            round_text = paused;
          }
      }
      break;

    case BR_ROUND_FINISHED:
    default:
      {
        g_autoptr(BrRoundRecord) record = br_round_get_record (self->round);
        gint64 total = br_round_get_elapsed (self->round);
        g_autofree char *over = NULL;

        countdown = format_minutes (total, FALSE);
        if (!record->completed)
          round_text = g_strdup_printf (_("Stopped before the end of a %u-minute round"), record->length);
        else if (record->overtime > 0)
          {
            over = format_minutes (record->overtime, FALSE);
            /* Translators: e.g. "2:14 over a 60-minute round" */
            round_text = g_strdup_printf (_("%s over a %u-minute round"), over, record->length);
          }
        else
          round_text = g_strdup_printf (_("Within a %u-minute round"), record->length);
      }
      break;
    }

  gtk_label_set_label (self->countdown_label, countdown);
  gtk_label_set_label (self->round_label, round_text);
  if (overtime)
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "overtime");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "overtime");

  for (guint i = 0; (r = phase_row (self, i)) != NULL; i++)
    {
      gint64 elapsed = br_round_get_phase_elapsed (self->round, i);
      g_autofree char *spent = br_round_format_time (elapsed / G_USEC_PER_SEC * G_USEC_PER_SEC);
      /* Translators: time spent in a phase and its budget, e.g. "3:12 of 8 min" */
      g_autofree char *text = g_strdup_printf (_("%s of %u min"), spent, br_round_get_budget (self->round, i));

      gtk_label_set_label (r->time, text);
      if (elapsed > br_round_get_budget (self->round, i) * BR_USEC_PER_MINUTE)
        gtk_widget_add_css_class (GTK_WIDGET (r->time), "warning");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (r->time), "warning");
    }

  br_phase_bar_update (self->phase_bar);
}

/* The lengths allowed, or why the length is not the number typed */
static void
update_length_subtitle (BrRoundPage *self)
{
  const char *message = br_length_chooser_get_message (self->length_chooser);
  g_autofree char *range = NULL;

  if (message == NULL)
    /* Translators: the lengths a round can have, e.g. "45–70 min" */
    range = g_strdup_printf (_("%u–%u min"), br_length_chooser_get_min_length (self->length_chooser),
                             br_length_chooser_get_max_length (self->length_chooser));
  adw_action_row_set_subtitle (self->length_row, message != NULL ? message : range);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->length_row), "br-clamped");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->length_row), "br-clamped");
}

/* What changes with the state, the phase or the budgets */
static void
update (BrRoundPage *self)
{
  BrRoundState state;
  guint current;
  const char *start_label;
  BrRoundPhaseRow *r;

  if (self->round == NULL)
    return;

  state = br_round_get_state (self->round);
  current = br_round_get_current_phase (self->round);

  switch (state)
    {
    case BR_ROUND_IDLE:
      start_label = _("_Start");
      break;
    case BR_ROUND_RUNNING:
      start_label = _("_Pause");
      break;
    case BR_ROUND_PAUSED:
      start_label = _("_Resume");
      break;
    case BR_ROUND_FINISHED:
    default:
      start_label = _("_New Round");
      break;
    }
  /* GTK resets the accessible label with every new label */
  br_accessible_set_button_label (self->start_button, start_label, NULL);

  if (state == BR_ROUND_FINISHED)
    gtk_label_set_label (self->phase_label, _("Round Complete"));
  else
    gtk_label_set_label (self->phase_label, phase_title (self->round, current));

  /* The set-up shows while idle; its length follows the round's by a
   * binding, not from here */
  gtk_widget_set_visible (GTK_WIDGET (self->setup_group), state == BR_ROUND_IDLE);
  update_length_subtitle (self);

  /* A new round starts with an empty checklist. The rows are made again
   * only when the phase changes or a round is new: not on every change of
   * the set-up, which may come from a spin button losing the focus while
   * GTK moves the focus through these very rows. */
  if (state == BR_ROUND_IDLE && self->shown_state != BR_ROUND_IDLE)
    g_hash_table_remove_all (self->checked);
  if (self->prompts_phase != current || g_list_model_get_n_items (G_LIST_MODEL (self->prompts)) == 0 ||
      (state == BR_ROUND_IDLE && self->shown_state != BR_ROUND_IDLE))
    show_prompts (self, current);
  self->shown_state = state;
  gtk_widget_set_visible (GTK_WIDGET (self->prompts_group), state != BR_ROUND_FINISHED);

  for (guint i = 0; (r = phase_row (self, i)) != NULL; i++)
    {
      gboolean is_current = i == current && (state == BR_ROUND_RUNNING || state == BR_ROUND_PAUSED);
      gboolean done = state == BR_ROUND_FINISHED || (state != BR_ROUND_IDLE && i < current);

      /* The round's budget shown is no new budget to give the round */
      if (state == BR_ROUND_IDLE)
        {
          g_signal_handlers_block_by_func (r->budget, budget_changed, self);
          br_minutes_spin_set_value (r->budget, br_round_get_budget (self->round, i));
          g_signal_handlers_unblock_by_func (r->budget, budget_changed, self);
        }
      update_budget_subtitle (self, r, i);
      gtk_widget_set_visible (GTK_WIDGET (r->budget), state == BR_ROUND_IDLE);
      gtk_widget_set_visible (GTK_WIDGET (r->time), state != BR_ROUND_IDLE);
      gtk_image_set_from_icon_name (r->status,
                                    is_current ? (state == BR_ROUND_RUNNING ? "media-playback-start-symbolic"
                                                                            : "media-playback-pause-symbolic")
                                    : done ? "object-select-symbolic" : NULL);
      if (is_current)
        gtk_widget_add_css_class (GTK_WIDGET (r), "br-current-phase");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (r), "br-current-phase");
    }

  update_time (self);
}

static void
length_changed (BrRoundPage *self)
{
  guint length = br_length_chooser_get_length (self->length_chooser);

  /* The round's own length, come back through the binding, is no new
   * length: setting it would spread the budgets afresh */
  if (self->round == NULL || length == br_round_get_length (self->round))
    return;
  if (!br_round_set_length (self->round, length))
    br_length_chooser_set_length (self->length_chooser, br_round_get_length (self->round));
}

/* ---------------------------------------------------------------------- */
/* Object                                                                  */

static void
br_round_page_dispose (GObject *object)
{
  BrRoundPage *self = BR_ROUND_PAGE (object);

  br_round_page_set_ticker (self, NULL);
  g_clear_object (&self->ticker_signals);
  g_clear_object (&self->round_signals);
  g_clear_object (&self->round_bindings);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_ROUND_PAGE);

  G_OBJECT_CLASS (br_round_page_parent_class)->dispose (object);
}

static void
br_round_page_finalize (GObject *object)
{
  BrRoundPage *self = BR_ROUND_PAGE (object);

  g_clear_pointer (&self->checked, g_hash_table_unref);

  G_OBJECT_CLASS (br_round_page_parent_class)->finalize (object);
}

static void
br_round_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BrRoundPage *self = BR_ROUND_PAGE (object);

  switch (prop_id)
    {
    case PROP_TICKER:
      g_value_set_object (value, self->ticker);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_round_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BrRoundPage *self = BR_ROUND_PAGE (object);

  switch (prop_id)
    {
    case PROP_TICKER:
      br_round_page_set_ticker (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_round_page_class_init (BrRoundPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_round_page_dispose;
  object_class->finalize = br_round_page_finalize;
  object_class->get_property = br_round_page_get_property;
  object_class->set_property = br_round_page_set_property;

  properties[PROP_TICKER] =
    g_param_spec_object ("ticker", NULL, NULL, BR_TYPE_ROUND_TICKER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BR_TYPE_PHASE);
  g_type_ensure (BR_TYPE_PHASE_BAR);
  g_type_ensure (BR_TYPE_LENGTH_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-round-page.ui");
  gtk_widget_class_bind_template_callback (widget_class, length_changed);
  gtk_widget_class_bind_template_callback (widget_class, update_length_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, list_keynav_failed);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, round_label);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, phase_bar);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, setup_group);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, length_row);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, length_chooser);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, prompts_group);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, prompts_list);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, prompts);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, phases_group);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, phases_list);
  gtk_widget_class_bind_template_child (widget_class, BrRoundPage, phases);
}

static void
br_round_page_init (BrRoundPage *self)
{
  GtkWidget *spin;

  self->shown_state = -1;
  self->checked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->ticker_signals = g_signal_group_new (BR_TYPE_ROUND_TICKER);
  g_signal_group_connect_swapped (self->ticker_signals, "tick", G_CALLBACK (update_time), self);
  self->round_signals = g_signal_group_new (BR_TYPE_ROUND);
  g_signal_group_connect_swapped (self->round_signals, "changed", G_CALLBACK (update), self);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->prompts_list, G_LIST_MODEL (self->prompts), create_prompt_row, self, NULL);
  gtk_list_box_bind_model (self->phases_list, G_LIST_MODEL (self->phases), create_phase_row, self, NULL);
  self->round_bindings = g_binding_group_new ();
  g_binding_group_bind (self->round_bindings, "length", self->length_chooser, "length", G_BINDING_SYNC_CREATE);

  /* The row's mnemonic, Alt+L, goes to the minutes; named once, not
   * "Round length in minutes Length" */
  spin = GTK_WIDGET (br_minutes_spin_get_spin_button (br_length_chooser_get_spin (self->length_chooser)));
  adw_action_row_set_activatable_widget (self->length_row, spin);
  br_accessible_set_label (spin, _("Round length in minutes"));
}

BrRoundTicker *
br_round_page_get_ticker (BrRoundPage *self)
{
  g_return_val_if_fail (BR_IS_ROUND_PAGE (self), NULL);
  return self->ticker;
}

void
br_round_page_set_ticker (BrRoundPage   *self,
                          BrRoundTicker *ticker)
{
  g_return_if_fail (BR_IS_ROUND_PAGE (self));
  g_return_if_fail (ticker == NULL || BR_IS_ROUND_TICKER (ticker));

  /* Nothing to show once disposed */
  if (self->ticker == ticker || self->round_bindings == NULL)
    return;

  g_set_object (&self->ticker, ticker);
  g_clear_object (&self->round);
  if (ticker != NULL)
    self->round = g_object_ref (br_round_ticker_get_round (ticker));
  g_hash_table_remove_all (self->checked);

  if (self->phase_bar != NULL)
    br_phase_bar_set_round (self->phase_bar, self->round);

  g_signal_group_set_target (self->ticker_signals, ticker);
  g_signal_group_set_target (self->round_signals, self->round);

  /* The round's range first, then its length. A length the range brings
   * in is the chooser's own, not one to give the round. */
  if (self->round != NULL)
    {
      g_signal_handlers_block_by_func (self->length_chooser, length_changed, self);
      br_length_chooser_set_range (self->length_chooser,
                                   br_round_get_min_length (self->round),
                                   br_round_get_max_length (self->round));
      g_signal_handlers_unblock_by_func (self->length_chooser, length_changed, self);
    }
  g_binding_group_set_source (self->round_bindings, self->round);

  show_phases (self);
  if (ticker != NULL)
    {
      self->prompts_phase = G_MAXUINT;
      self->shown_state = -1;
      update (self);
    }
  else
    show_prompts (self, 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKER]);
}
