import { TenantCredentialsInput } from '@trueconfig/common';
import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/**
 * Only length limits here: the connector validates the values themselves (GUIDs, an email address in
 * the client ID field, …) and is the authority on what a valid app registration looks like.
 */
@InputType()
export class ConnectTenantInput implements TenantCredentialsInput {
  @Field({ description: 'A name for the tenant in TrueConfig.' })
  @MaxLength(200)
  displayName!: string;

  @Field({ description: 'Directory (tenant) ID from the app registration overview.' })
  @MaxLength(255)
  directoryTenantId!: string;

  @Field({ description: 'Application (client) ID from the app registration overview.' })
  @MaxLength(255)
  clientId!: string;

  @Field({ description: 'The client secret VALUE (not its ID). Stored encrypted; never returned.' })
  @MaxLength(1024)
  clientSecret!: string;
}
