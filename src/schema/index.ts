export { Citation } from './citation.js';
export { Item } from './item.js';
export { Position, Point } from './position.js';
export { Section, SectionKind } from './section.js';
export { PlanDocument, Diagnostic, Source, DocumentNumber, Assignment, ScheduleEntry, Appendix, Unit, Task, Reference, TableTask } from './plan-document.js';
