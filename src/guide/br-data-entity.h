/* br-data-entity.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BR_TYPE_DATA_ENTITY (br_data_entity_get_type ())

G_DECLARE_FINAL_TYPE (BrDataEntity, br_data_entity, BR, DATA_ENTITY, GObject)

const char          *br_data_entity_get_name             (BrDataEntity *self);
const char * const  *br_data_entity_get_key              (BrDataEntity *self);
const char          *br_data_entity_get_partition_key    (BrDataEntity *self);
const char          *br_data_entity_get_sort_key         (BrDataEntity *self);
const char * const  *br_data_entity_get_fields           (BrDataEntity *self);
const char          *br_data_entity_get_partition_reason (BrDataEntity *self);

G_END_DECLS
