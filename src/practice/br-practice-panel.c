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
 * has ended, reopens the review. A template: the buttons follow the
 * session's state and the card its question, through bindings.
 */
struct _BrPracticePanel
{
  GtkBox parent_instance;

  BrPracticeSession *session;

  /* Template widgets */
  GtkButton *end_button;
  GtkButton *review_button;
  AdwBin *card_bin;
};

G_DEFINE_FINAL_TYPE (BrPracticePanel, br_practice_panel, GTK_TYPE_BOX)

/* The state is BR_PRACTICE_SESSION_REVIEW, or (inverted) it is not */
static gboolean
state_is_review (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      invert)
{
  gboolean review = g_value_get_enum (from) == BR_PRACTICE_SESSION_REVIEW;

  g_value_set_boolean (to, invert ? !review : review);
  return TRUE;
}

static void
question_changed (BrPracticePanel *self)
{
  BrQuestion *question = br_practice_session_get_question (self->session);

  /* Back to idle the panel is taken away: keep the card it showed */
  if (question != NULL)
    adw_bin_set_child (self->card_bin, br_plan_library_build_question_card (question, NULL));
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

  gtk_widget_dispose_template (GTK_WIDGET (self), BR_TYPE_PRACTICE_PANEL);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (br_practice_panel_parent_class)->dispose (object);
}

static void
br_practice_panel_class_init (BrPracticePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_practice_panel_dispose;
  widget_class->measure = br_practice_panel_measure;
  gtk_widget_class_set_css_name (widget_class, "practicepanel");

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "br-practice-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, BrPracticePanel, end_button);
  gtk_widget_class_bind_template_child (widget_class, BrPracticePanel, review_button);
  gtk_widget_class_bind_template_child (widget_class, BrPracticePanel, card_bin);
}

static void
br_practice_panel_init (BrPracticePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Labels with mnemonics, read without their underscores */
  br_accessible_set_button_label (self->end_button, _("_End Round and Review"), NULL);
  br_accessible_set_button_label (self->review_button, _("_Review Your Answer"), NULL);
}

/**
 * br_practice_panel_new:
 * @session: the session on
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
  g_object_bind_property_full (session, "state", self->end_button, "visible", G_BINDING_SYNC_CREATE,
                               state_is_review, NULL, GINT_TO_POINTER (TRUE), NULL);
  g_object_bind_property_full (session, "state", self->review_button, "visible", G_BINDING_SYNC_CREATE,
                               state_is_review, NULL, NULL, NULL);
  g_signal_connect_object (session, "notify::question", G_CALLBACK (question_changed),
                           self, G_CONNECT_SWAPPED);
  question_changed (self);
  return GTK_WIDGET (self);
}

BrPracticeSession *
br_practice_panel_get_session (BrPracticePanel *self)
{
  g_return_val_if_fail (BR_IS_PRACTICE_PANEL (self), NULL);
  return self->session;
}
