/**
 * Winter storage master data (decision 43) is audited in master_data_change beside the berth
 * master data (a level after 052, which made the table): the same rows, one per record an edit wrote, for areas, sections and places too.
 */
export const sql = `
ALTER TABLE master_data_change DROP CONSTRAINT master_data_change_entity_check;
ALTER TABLE master_data_change ADD CONSTRAINT master_data_change_entity_check
  CHECK (entity IN ('harbour', 'pier', 'berth', 'berth_product', 'winter_area', 'winter_section', 'winter_place'));
`;
