/* br-study-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-study-item.h"

/**
 * BrStudyItem:
 *
 * An item of the study plan: what to study and why (the description),
 * with the questions, principles and rubric dimensions it relates to.
 */

struct _BrStudyItem
{
  BrGuideEntry parent_instance;

  char *block_id;
  GStrv questions;
  GStrv principles;
  GStrv rubric;
};

G_DEFINE_FINAL_TYPE (BrStudyItem, br_study_item, BR_TYPE_GUIDE_ENTRY)

enum {
  PROP_0,
  PROP_BLOCK_ID,
  PROP_QUESTIONS,
  PROP_PRINCIPLES,
  PROP_RUBRIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_study_item_finalize (GObject *object)
{
  BrStudyItem *self = BR_STUDY_ITEM (object);

  g_clear_pointer (&self->block_id, g_free);
  g_clear_pointer (&self->questions, g_strfreev);
  g_clear_pointer (&self->principles, g_strfreev);
  g_clear_pointer (&self->rubric, g_strfreev);

  G_OBJECT_CLASS (br_study_item_parent_class)->finalize (object);
}

static void
br_study_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BrStudyItem *self = BR_STUDY_ITEM (object);

  switch (prop_id)
    {
    case PROP_BLOCK_ID:
      g_value_set_string (value, self->block_id);
      break;
    case PROP_QUESTIONS:
      g_value_set_boxed (value, self->questions);
      break;
    case PROP_PRINCIPLES:
      g_value_set_boxed (value, self->principles);
      break;
    case PROP_RUBRIC:
      g_value_set_boxed (value, self->rubric);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_study_item_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BrStudyItem *self = BR_STUDY_ITEM (object);

  switch (prop_id)
    {
    case PROP_BLOCK_ID:
      self->block_id = g_value_dup_string (value);
      break;
    case PROP_QUESTIONS:
      self->questions = g_value_dup_boxed (value);
      break;
    case PROP_PRINCIPLES:
      self->principles = g_value_dup_boxed (value);
      break;
    case PROP_RUBRIC:
      self->rubric = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_study_item_class_init (BrStudyItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_study_item_finalize;
  object_class->get_property = br_study_item_get_property;
  object_class->set_property = br_study_item_set_property;

  properties[PROP_BLOCK_ID] =
    g_param_spec_string ("block-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUESTIONS] =
    g_param_spec_boxed ("questions", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRINCIPLES] =
    g_param_spec_boxed ("principles", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUBRIC] =
    g_param_spec_boxed ("rubric", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_study_item_init (BrStudyItem *self)
{
}

const char *
br_study_item_get_block_id (BrStudyItem *self)
{
  g_return_val_if_fail (BR_IS_STUDY_ITEM (self), NULL);
  return self->block_id;
}

const char * const *
br_study_item_get_questions (BrStudyItem *self)
{
  g_return_val_if_fail (BR_IS_STUDY_ITEM (self), NULL);
  return (const char * const *) self->questions;
}

const char * const *
br_study_item_get_principles (BrStudyItem *self)
{
  g_return_val_if_fail (BR_IS_STUDY_ITEM (self), NULL);
  return (const char * const *) self->principles;
}

const char * const *
br_study_item_get_rubric (BrStudyItem *self)
{
  g_return_val_if_fail (BR_IS_STUDY_ITEM (self), NULL);
  return (const char * const *) self->rubric;
}
