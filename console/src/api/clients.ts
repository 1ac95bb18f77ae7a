import { Configuration as PersonnelConfiguration, PersonnelImportsApi, PersonnelReportsApi } from '@unmiss/personnel-client';
import { Configuration as HumanRightsConfiguration, HumanRightsCasesApi, HumanRightsReportsApi } from '@unmiss/humanrights-client';
import { Configuration as GenderConfiguration, GenderActivitiesApi, ParityApi, WPSPillarsApi } from '@unmiss/gender-client';
import { Configuration as PocSiteConfiguration, PoCSitesApi, ReportsApi as PocReportsApi, SecurityIncidentsApi } from '@unmiss/poc-site-client';
import {
  AgreementImplementationApi, Configuration as PeaceProcessConfiguration, EngagementReportsApi, EngagementsApi,
} from '@unmiss/peace-process-client';

export type TokenSource = () => Promise<string>;

/**
 * What the generated clients' accessToken callback must answer. The documents declare two schemes for every
 * operation: "bearer-jwt" (the client prefixes "Bearer ") and "keycloak" (OAuth2: the client sends the answer as the
 * whole Authorization header, after the bearer one, so it is the one sent). Both must yield "Bearer <token>".
 */
export function accessTokenFor(token: TokenSource) {
  return async (scheme?: string): Promise<string> => {
    const value = await token();
    return scheme === 'bearer-jwt' ? value : `Bearer ${value}`;
  };
}

/** The services' generated clients, calling through the gateway that served the console (same origin). */
export function apiClients(token: TokenSource) {
  const settings = { basePath: '', accessToken: accessTokenFor(token) };
  return {
    personnelReports: new PersonnelReportsApi(new PersonnelConfiguration(settings)),
    humanRightsCases: new HumanRightsCasesApi(new HumanRightsConfiguration(settings)),
    // The homes' reports and "My tasks"
    humanRightsReports: new HumanRightsReportsApi(new HumanRightsConfiguration(settings)),
    genderParity: new ParityApi(new GenderConfiguration(settings)),
    genderActivities: new GenderActivitiesApi(new GenderConfiguration(settings)),
    pocSites: new PoCSitesApi(new PocSiteConfiguration(settings)),
    pocReports: new PocReportsApi(new PocSiteConfiguration(settings)),
    securityIncidents: new SecurityIncidentsApi(new PocSiteConfiguration(settings)),
    agreementImplementation: new AgreementImplementationApi(new PeaceProcessConfiguration(settings)),
    engagements: new EngagementsApi(new PeaceProcessConfiguration(settings)),
    engagementReports: new EngagementReportsApi(new PeaceProcessConfiguration(settings)),
    // the work views' (src/work): recording and moving records on
    wpsPillars: new WPSPillarsApi(new GenderConfiguration(settings)),
    personnelImports: new PersonnelImportsApi(new PersonnelConfiguration(settings)),
  };
}

export type ApiClients = ReturnType<typeof apiClients>;
