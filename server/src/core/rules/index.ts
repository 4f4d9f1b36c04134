/** The rule registry: every rule, in the order their diagnostics are reported. */
import type { Rule } from './rule';
import t3RowSum from './t3-rowsum';
import t3ResultSum from './t3-resultsum';
import t3Balance from './t3-balance';
import t3Subtotal from './t3-subtotal';
import t3NonnegInt from './t3-nonneg-int';
import t3Shape from './t3-shape';
import t3RowsPresent from './t3-rows-present';
import { t4Rev, t4LitDirect, t4LitAfter } from './t4-sums';
import t4NonnegInt from './t4-nonneg-int';
import t4Shape from './t4-shape';
import t2Nonneg from './t2-nonneg';
import t2Shape from './t2-shape';
import t2FeeUnit from './t2-fee-unit';
import t2ValidGeIssued from './t2-valid-ge-issued';
import t2RulePower from './t2-rule-power';
import t2OldFormat from './t2-old-format';
import sSectionMissing from './s-section-missing';
import sSectionNumber from './s-section-number';
import sSectionTitle from './s-section-title';
import sNumbering from './s-numbering';
import sTablePlacement from './s-table-placement';
import sSubitems from './s-subitems';
import sGovAssess from './s-gov-assess';
import sEmpty from './s-empty';
import sPlaceholder from './s-placeholder';
import sOverviewPadding from './s-overview-padding';
import sBoilerplate from './s-boilerplate';
import sGovScope from './s-gov-scope';
import sBlankCell from './s-blank-cell';
import sHeadingLevels from './s-heading-levels';
import nRecv from './n-recv';
import nRecvAndHandle from './n-recv-and-handle';
import nClosed from './n-closed';
import nCarryOut from './n-carry-out';
import nCarryIn from './n-carry-in';
import nZeroApps from './n-zero-apps';
import nAllAnswered from './n-all-answered';
import nReview from './n-review';
import nLitigation from './n-litigation';
import nNoDispute from './n-no-dispute';
import nDisputeResults from './n-dispute-results';
import nNormative from './n-normative';
import nRegulation from './n-regulation';
import nPenalty from './n-penalty';
import nLicense from './n-license';
import nFeeInfoproc from './n-fee-infoproc';
import sFeeStatement from './s-fee-statement';
import nSelfContradiction from './n-self-contradiction';
import nTypo from './n-typo';
import yTitle from './y-title';
import yBody from './y-body';
import yPeriod from './y-period';
import xCarry from './x-carry';
import xValid from './x-valid';
import xSameText from './x-same-text';
import dDeadline from './d-deadline';
import xRepeat from './x-repeat';
import xJump from './x-jump';
import nZeroTables from './n-zero-tables';
import cSameText from './c-same-text';

export const RULE_LIST: readonly Rule[] = [
  t3RowSum,
  t3ResultSum,
  t3Balance,
  t3Subtotal,
  t3NonnegInt,
  t3Shape,
  t3RowsPresent,
  t4Rev,
  t4LitDirect,
  t4LitAfter,
  t4NonnegInt,
  t4Shape,
  t2Nonneg,
  t2Shape,
  t2FeeUnit,
  t2ValidGeIssued,
  t2RulePower,
  t2OldFormat,
  sSectionMissing,
  sSectionNumber,
  sSectionTitle,
  sNumbering,
  sTablePlacement,
  sSubitems,
  sGovAssess,
  sEmpty,
  sPlaceholder,
  sOverviewPadding,
  sBoilerplate,
  sGovScope,
  sBlankCell,
  sHeadingLevels,
  nRecv,
  nRecvAndHandle,
  nClosed,
  nCarryOut,
  nCarryIn,
  nZeroApps,
  nAllAnswered,
  nReview,
  nLitigation,
  nNoDispute,
  nDisputeResults,
  nNormative,
  nRegulation,
  nPenalty,
  nLicense,
  nFeeInfoproc,
  sFeeStatement,
  nSelfContradiction,
  nTypo,
  yTitle,
  yBody,
  yPeriod,
  dDeadline,
  xCarry,
  xValid,
  xSameText,
  xRepeat,
  xJump,
  nZeroTables,
  cSameText,
];
