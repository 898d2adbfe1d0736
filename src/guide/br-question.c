/* br-question.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-question.h"
#include "br-data-entity.h"

/**
 * BrQuestion:
 *
 * A practice question with its card. The entry's description is the
 * problem statement. Besides the card's lists, a question may have its
 * core API, its data model and its worked estimate: the estimator's inputs
 * and the figures the card states.
 */

struct _BrQuestion
{
  BrGuideEntry parent_instance;

  guint number;
  BrCategory *category;
  GStrv clarifying;
  GStrv scale;
  GStrv components;
  GStrv deep_dives;
  GStrv api;
  GListModel *data_model;
  GStrv estimate_inputs;
  GStrv estimate_figures;
};

G_DEFINE_FINAL_TYPE (BrQuestion, br_question, BR_TYPE_GUIDE_ENTRY)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_CATEGORY,
  PROP_CLARIFYING,
  PROP_SCALE,
  PROP_COMPONENTS,
  PROP_DEEP_DIVES,
  PROP_API,
  PROP_DATA_MODEL,
  PROP_ESTIMATE_INPUTS,
  PROP_ESTIMATE_FIGURES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_question_finalize (GObject *object)
{
  BrQuestion *self = BR_QUESTION (object);

  g_clear_object (&self->category);
  g_clear_pointer (&self->clarifying, g_strfreev);
  g_clear_pointer (&self->scale, g_strfreev);
  g_clear_pointer (&self->components, g_strfreev);
  g_clear_pointer (&self->deep_dives, g_strfreev);
  g_clear_pointer (&self->api, g_strfreev);
  g_clear_object (&self->data_model);
  g_clear_pointer (&self->estimate_inputs, g_strfreev);
  g_clear_pointer (&self->estimate_figures, g_strfreev);

  G_OBJECT_CLASS (br_question_parent_class)->finalize (object);
}

static void
br_question_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BrQuestion *self = BR_QUESTION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_CATEGORY:
      g_value_set_object (value, self->category);
      break;
    case PROP_CLARIFYING:
      g_value_set_boxed (value, self->clarifying);
      break;
    case PROP_SCALE:
      g_value_set_boxed (value, self->scale);
      break;
    case PROP_COMPONENTS:
      g_value_set_boxed (value, self->components);
      break;
    case PROP_DEEP_DIVES:
      g_value_set_boxed (value, self->deep_dives);
      break;
    case PROP_API:
      g_value_set_boxed (value, self->api);
      break;
    case PROP_DATA_MODEL:
      g_value_set_object (value, self->data_model);
      break;
    case PROP_ESTIMATE_INPUTS:
      g_value_set_boxed (value, self->estimate_inputs);
      break;
    case PROP_ESTIMATE_FIGURES:
      g_value_set_boxed (value, self->estimate_figures);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_question_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BrQuestion *self = BR_QUESTION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      self->number = g_value_get_uint (value);
      break;
    case PROP_CATEGORY:
      self->category = g_value_dup_object (value);
      break;
    case PROP_CLARIFYING:
      self->clarifying = g_value_dup_boxed (value);
      break;
    case PROP_SCALE:
      self->scale = g_value_dup_boxed (value);
      break;
    case PROP_COMPONENTS:
      self->components = g_value_dup_boxed (value);
      break;
    case PROP_DEEP_DIVES:
      self->deep_dives = g_value_dup_boxed (value);
      break;
    case PROP_API:
      self->api = g_value_dup_boxed (value);
      break;
    case PROP_DATA_MODEL:
      g_set_object (&self->data_model, g_value_get_object (value));
      break;
    case PROP_ESTIMATE_INPUTS:
      self->estimate_inputs = g_value_dup_boxed (value);
      break;
    case PROP_ESTIMATE_FIGURES:
      self->estimate_figures = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_question_constructed (GObject *object)
{
  BrQuestion *self = BR_QUESTION (object);

  G_OBJECT_CLASS (br_question_parent_class)->constructed (object);

  /* A card without a data model has an empty one */
  if (self->data_model == NULL)
    self->data_model = G_LIST_MODEL (g_list_store_new (BR_TYPE_DATA_ENTITY));
}

static void
br_question_class_init (BrQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = br_question_constructed;
  object_class->finalize = br_question_finalize;
  object_class->get_property = br_question_get_property;
  object_class->set_property = br_question_set_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_object ("category", NULL, NULL, BR_TYPE_CATEGORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLARIFYING] =
    g_param_spec_boxed ("clarifying", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE] =
    g_param_spec_boxed ("scale", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPONENTS] =
    g_param_spec_boxed ("components", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEEP_DIVES] =
    g_param_spec_boxed ("deep-dives", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_API] =
    g_param_spec_boxed ("api", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATA_MODEL] =
    g_param_spec_object ("data-model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ESTIMATE_INPUTS] =
    g_param_spec_boxed ("estimate-inputs", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ESTIMATE_FIGURES] =
    g_param_spec_boxed ("estimate-figures", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_question_init (BrQuestion *self)
{
}


guint
br_question_get_number (BrQuestion *self)
{
  g_return_val_if_fail (BR_IS_QUESTION (self), 0);
  return self->number;
}

BrCategory *
br_question_get_category (BrQuestion *self)
{
  g_return_val_if_fail (BR_IS_QUESTION (self), NULL);
  return self->category;
}

const char * const *
br_question_get_clarifying (BrQuestion *self)
{
  g_return_val_if_fail (BR_IS_QUESTION (self), NULL);
  return (const char * const *) self->clarifying;
}

const char * const *
br_question_get_scale (BrQuestion *self)
{
  g_return_val_if_fail (BR_IS_QUESTION (self), NULL);
  return (const char * const *) self->scale;
}

const char * const *
br_question_get_components (BrQuestion *self)
{
  g_return_val_if_fail (BR_IS_QUESTION (self), NULL);
  return (const char * const *) self->components;
}

const char * const *
br_question_get_deep_dives (BrQuestion *self)
{
  g_return_val_if_fail (BR_IS_QUESTION (self), NULL);
  return (const char * const *) self->deep_dives;
}

/**
 * br_question_get_api:
 *
 * Returns: (transfer none) (nullable): the core API, one call with its key
 *   parameters per string, or %NULL when the card has none
 */
const char * const *
br_question_get_api (BrQuestion *self)
{
  g_return_val_if_fail (BR_IS_QUESTION (self), NULL);
  return (const char * const *) self->api;
}

/**
 * br_question_get_data_model:
 *
 * Returns: (transfer none): the #BrDataEntity list of the card's data
 *   model, empty when the card has none
 */
GListModel *
br_question_get_data_model (BrQuestion *self)
{
  g_return_val_if_fail (BR_IS_QUESTION (self), NULL);
  return self->data_model;
}

/**
 * br_question_get_estimate_inputs:
 *
 * Returns: (transfer none) (nullable): the estimator's inputs as
 *   "key=value" strings in file order ("dau=100M"), or %NULL when the card
 *   has no estimate
 */
const char * const *
br_question_get_estimate_inputs (BrQuestion *self)
{
  g_return_val_if_fail (BR_IS_QUESTION (self), NULL);
  return (const char * const *) self->estimate_inputs;
}

/**
 * br_question_get_estimate_figures:
 *
 * Returns: (transfer none) (nullable): the figures the card states, as
 *   "output-id=value" strings in file order ("peak-read-rps=34.4k/s"), or
 *   %NULL when the card has no estimate
 */
const char * const *
br_question_get_estimate_figures (BrQuestion *self)
{
  g_return_val_if_fail (BR_IS_QUESTION (self), NULL);
  return (const char * const *) self->estimate_figures;
}
