/* br-practice-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "br-accessible.h"
#include "br-plan-library.h"
#include "br-practice-panel.h"

/**
 * BrPracticePanel:
 *
 * Shown beside the board while a practice session lasts: the question and
 * its practice card (clarifying questions, scale, components, deep dives),
 * and the button that ends the round for the review — or, once the round
 * has ended, reopens the review.
 */
struct _BrPracticePanel
{
  GtkBox parent_instance;

  BrPracticeSession *session;
  GtkWidget *end_button;
  GtkWidget *review_button;
};

G_DEFINE_FINAL_TYPE (BrPracticePanel, br_practice_panel, GTK_TYPE_BOX)

static void
update (BrPracticePanel *self)
{
  gboolean review = br_practice_session_get_state (self->session) == BR_PRACTICE_SESSION_REVIEW;

  gtk_widget_set_visible (self->end_button, !review);
  gtk_widget_set_visible (self->review_button, review);
}

static GtkWidget *
pill_button (const char *label,
             const char *action,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();

  br_accessible_set_button_label (GTK_BUTTON (button), label, NULL);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  return button;
}

static void
build (BrPracticePanel *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = gtk_label_new (_("Practice"));
  GtkWidget *hide = gtk_button_new_from_icon_name ("window-close-symbolic");
  GtkWidget *card = br_plan_library_build_question_card (br_practice_session_get_question (self->session), NULL);

  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (hide), "board.panel");
  gtk_widget_set_tooltip_text (hide, _("Hide the Question Card (F9)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (hide), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Hide the question card"), -1);
  gtk_widget_add_css_class (hide, "flat");
  gtk_widget_set_margin_top (header, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 6);
  gtk_box_append (GTK_BOX (header), heading);
  gtk_box_append (GTK_BOX (header), hide);
  gtk_box_append (GTK_BOX (self), header);

  self->end_button = pill_button (_("_End Round and Review"), "win.end-practice",
                                  _("Stop the round now and score your answer"));
  self->review_button = pill_button (_("_Review Your Answer"), "win.review-practice",
                                     _("Score your answer and save the attempt"));
  gtk_widget_set_margin_top (self->end_button, 6);
  gtk_widget_set_margin_top (self->review_button, 6);
  gtk_box_append (GTK_BOX (self), self->end_button);
  gtk_box_append (GTK_BOX (self), self->review_button);

  gtk_widget_set_vexpand (card, TRUE);
  gtk_box_append (GTK_BOX (self), card);
  update (self);
}

/* The card would take half the window; the board needs the room */
#define NATURAL_WIDTH 380

static void
br_practice_panel_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  GTK_WIDGET_CLASS (br_practice_panel_parent_class)->measure (widget, orientation, for_size,
                                                              minimum, natural,
                                                              minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, NATURAL_WIDTH));
}

static void
br_practice_panel_dispose (GObject *object)
{
  BrPracticePanel *self = BR_PRACTICE_PANEL (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (br_practice_panel_parent_class)->dispose (object);
}

static void
br_practice_panel_class_init (BrPracticePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = br_practice_panel_dispose;
  GTK_WIDGET_CLASS (klass)->measure = br_practice_panel_measure;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "practicepanel");
}

static void
br_practice_panel_init (BrPracticePanel *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_set_size_request (GTK_WIDGET (self), 340, -1);
  /* The board takes the extra room, not the card */
  gtk_widget_set_hexpand (GTK_WIDGET (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "background");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Question card"), -1);
}

/**
 * br_practice_panel_new:
 * @session: the session in progress
 *
 * Returns: (transfer floating): the panel of @session
 */
GtkWidget *
br_practice_panel_new (BrPracticeSession *session)
{
  BrPracticePanel *self;

  g_return_val_if_fail (BR_IS_PRACTICE_SESSION (session), NULL);

  self = g_object_new (BR_TYPE_PRACTICE_PANEL, NULL);
  self->session = g_object_ref (session);
  g_signal_connect_swapped (session, "notify::state", G_CALLBACK (update), self);
  build (self);
  return GTK_WIDGET (self);
}

BrPracticeSession *
br_practice_panel_get_session (BrPracticePanel *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_PANEL (self), NULL);
  return self->session;
}
